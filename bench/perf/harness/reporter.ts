/**
 * Progress lines and problems of a run. A problem (a target that crashed, a cell that failed) is
 * logged, kept for the results, and does not stop the run: the other cells still say something.
 */
export interface Reporter {
  log(line: string): void;
  problem(line: string): void;
  readonly problems: readonly string[];
}

function firstLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, count)
    .map((line) => line.trim())
    .join(' | ');
}

export function consoleReporter(): Reporter {
  const problems: string[] = [];
  return {
    log: (line) => console.log(line),
    problem: (line) => {
      // A crash's first lines name it; the rest of a stack adds nothing to a results table.
      const short = firstLines(line, 6).slice(0, 800);
      if (problems.includes(short)) return;
      problems.push(short);
      console.log(`  PROBLEM: ${short}`);
    },
    problems,
  };
}

/** Runs one unit of work; a failure becomes a problem and null. */
export async function attempt<T>(reporter: Reporter, label: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    reporter.problem(`${label}: ${firstLines(error instanceof Error ? error.message : String(error), 4)}`);
    return null;
  }
}
