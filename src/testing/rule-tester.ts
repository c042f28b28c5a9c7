/** Runs a rule's valid and invalid cases (placeholder until the engine lands). */
export class RuleTester {}
