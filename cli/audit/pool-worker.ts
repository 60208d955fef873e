// Piscina worker: one detector per thread, its compiled rules warm from page to page.
import { runTask, type AuditTask } from './task';

export default function run(task: AuditTask) {
  return runTask(task);
}
