/**
 * Reasoning: modular HermiT runs with a fingerprint-keyed cache ({@link org.concert.reasoning.ModularReasoner},
 * {@link org.concert.reasoning.ReasoningCache}), the whole-input run they fall back to
 * ({@link org.concert.reasoning.HermitReasoner}), the choice of what the reasoner sees
 * ({@link org.concert.reasoning.ReasonerInput}) and the timed stages of a build
 * ({@link org.concert.reasoning.StageTimer}). Only this package knows OWLAPI and HermiT.
 */
package org.concert.reasoning;
