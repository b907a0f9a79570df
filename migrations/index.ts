import { Initial1795566020824 } from "./1795566020824-Initial";

/** Every migration, in order. A generated migration is added here by hand, after review. */
export const MIGRATIONS = [Initial1795566020824];
