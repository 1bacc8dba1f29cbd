/**
 * Form fillers: filled copies of a program's official application form, written from a company's facts in the
 * form's own structure (label cells, choice cells, 백만원 cells, the blue ※ guidance applicants leave in), in
 * every format the renderers write (PDF, DOCX, HWPX, HWP), with the gold the facts give. They measure how well
 * planscreen reads a filled form; they never leave the training and evaluation code.
 */
@NullMarked
package io.planscreen.ml.forms;

import org.jspecify.annotations.NullMarked;
