/** The error a promise rejects with; throws when it resolves instead (so a test of a rejection cannot pass by resolving). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
