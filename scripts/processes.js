// @ts-check
// A process tree as Linux's /proc sees it: the supervised server is a primary and its workers, and its
// memory is theirs summed. Used by the load test and the supervisor's tests.
import { readdirSync, readFileSync } from 'node:fs';

/** The parent's pid of `pid`, from /proc/<pid>/stat (its fourth field, after the command in parentheses). */
function parentOf(/** @type {string} */ pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return undefined; // gone meanwhile
	}
}

/**
 * The pids of the live children of `pid`.
 * @param {number} pid
 */
export function childPids(pid) {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name) && parentOf(name) === pid)
		.map(Number);
}

/**
 * Resident memory of one process in MB (VmRSS), or 0 once it has gone.
 * @param {number} pid
 */
export function rssMB(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
	} catch {
		return 0;
	}
}
