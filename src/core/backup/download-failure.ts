/**
 * What a reader is told when the browser interrupts the backup's download: the browser gives a
 * code (`downloads.InterruptReason`, the same names in Chrome and Firefox) that means little to
 * a reader, so each code that a backup can meet has a message saying what went wrong and what
 * to do; the code is kept beside it for a bug report. Pure: the background translates the key.
 */

/** What went wrong, by the codes that share one message (`backupDownload_<kind>` in public/_locales). */
const REASONS = [
  ['noSpace', ['FILE_NO_SPACE']],
  ['accessDenied', ['FILE_ACCESS_DENIED']],
  ['nameTooLong', ['FILE_NAME_TOO_LONG']],
  ['tooLarge', ['FILE_TOO_LARGE']],
  ['blocked', ['FILE_BLOCKED', 'FILE_VIRUS_INFECTED', 'FILE_SECURITY_CHECK_FAILED']],
  ['transient', ['FILE_TRANSIENT_ERROR']],
  ['canceled', ['USER_CANCELED']],
  ['shutdown', ['USER_SHUTDOWN', 'CRASH']],
  ['failed', ['FILE_FAILED', 'FILE_TOO_SHORT', 'FILE_HASH_MISMATCH', 'FILE_SAME_AS_SOURCE']],
] as const;

export type DownloadFailureKind = (typeof REASONS)[number][0] | 'other';

/** Every kind, for the messages' test. */
export const DOWNLOAD_FAILURE_KINDS: readonly DownloadFailureKind[] = [...REASONS.map(([kind]) => kind), 'other'];

const BY_CODE = new Map<string, DownloadFailureKind>(REASONS.flatMap(([kind, codes]) => codes.map((code) => [code, kind] as const)));

/**
 * What interrupt code `reason` means, as the kind of its message; `other` (whose message shows
 * the code alone) for a code not listed here, a network or server code (a backup is a local
 * Blob), or none.
 */
export function downloadFailureKind(reason: string | undefined): DownloadFailureKind {
  return (reason && BY_CODE.get(reason)) || 'other';
}
