/**
 * Reasoning: the HermiT bridge ({@link org.concert.reasoning.HermitReasoner}), the choice of what the reasoner
 * sees ({@link org.concert.reasoning.ReasonerInput}) and the timed stages of a run. Only this package knows
 * OWLAPI and HermiT.
 */
package org.concert.reasoning;
