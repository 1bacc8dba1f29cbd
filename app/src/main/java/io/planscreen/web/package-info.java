/** Server-rendered pages in Korean and English: sign-in, applicant, evaluator and auditor views. */
@NullMarked
package io.planscreen.web;

import org.jspecify.annotations.NullMarked;
