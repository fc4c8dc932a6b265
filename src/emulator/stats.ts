/**
 * Request counters and the log of injected faults, for tests and soak runs.
 */
import type { FaultKind } from './faults.js';
import { OPERATION_IDS, type OperationId } from './routes.js';

export interface InjectedFault {
  operationId: OperationId;
  kind: FaultKind;
  /** True when the operation changed state although the client got no usable answer (or a late one). */
  writeApplied: boolean;
  applicationId?: string;
}

export interface EmulatorStats {
  /** Every request under the API surface (not admin), including unknown routes and auth failures. */
  total: number;
  /** Requests that matched an operation, whatever their outcome. */
  byOperation: Record<OperationId, number>;
  faults: InjectedFault[];
}

function zeroCounts(): Record<OperationId, number> {
  return Object.fromEntries(OPERATION_IDS.map((id) => [id, 0])) as Record<OperationId, number>;
}

export class StatsRecorder {
  private total = 0;
  private byOperation = zeroCounts();
  private faults: InjectedFault[] = [];

  request(operationId: OperationId | undefined): void {
    this.total++;
    if (operationId) this.byOperation[operationId]++;
  }

  fault(entry: InjectedFault): void {
    this.faults.push(entry);
  }

  snapshot(): EmulatorStats {
    return { total: this.total, byOperation: { ...this.byOperation }, faults: this.faults.map((f) => ({ ...f })) };
  }

  reset(): void {
    this.total = 0;
    this.byOperation = zeroCounts();
    this.faults = [];
  }
}
