/** Who is calling: users, roles, the company an applicant belongs to and the programs an evaluator works. */
@NullMarked
package io.planscreen.security;

import org.jspecify.annotations.NullMarked;
