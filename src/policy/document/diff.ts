// The diff moved to src/policy/diff/; this keeps the app's import working until it points there.
export { diffPolicies, type PolicyDiff, type PolicySide, type RegistryChange } from '../diff/diff';
