#include "WorkerSuggestion.h"

#include <algorithm>
#include <cmath>

namespace odoodeploy {

WorkerSuggestion WorkerSizing::suggest(int cpuCount, qint64 ramBytes)
{
    WorkerSuggestion out;
    PerformanceSettings &s = out.settings;
    cpuCount = std::max(cpuCount, 1);
    const double ramMiB = double(std::max<qint64>(ramBytes, 0)) / kMiB;

    // Past 64 workers one machine is the wrong answer: scale out instead.
    const int byCpu = std::min(2 * cpuCount + 1, PerformanceSettings::kMaxWorkers);
    s.maxCronThreads = 1;
    // Every process (workers and the cron thread) needs its share of RAM.
    const int processesByRam = int(std::floor(ramMiB / kPerProcessMiB));
    const int byRam = processesByRam - s.maxCronThreads;

    if (byRam < 1) {
        // Not even one worker and the cron fit: multi-threaded mode, one process.
        s.workers = 0;
        out.reason = tr("%1 MiB of RAM is too little for prefork workers (each needs about "
                        "%2 MiB): Odoo runs in threaded mode.")
                         .arg(qRound(ramMiB))
                         .arg(qRound(kPerProcessMiB));
    } else if (byRam < byCpu) {
        s.workers = byRam;
        out.reason = tr("Workers: %1, because RAM allows %2 processes of about %3 MiB "
                        "(2 × %4 CPU + 1 would be %5).")
                         .arg(s.workers)
                         .arg(processesByRam)
                         .arg(qRound(kPerProcessMiB))
                         .arg(cpuCount)
                         .arg(byCpu);
    } else {
        s.workers = byCpu;
        out.reason = tr("Workers: %1 (2 × %2 CPU + 1, at most %3); RAM allows up to %4 processes.")
                         .arg(s.workers)
                         .arg(cpuCount)
                         .arg(PerformanceSettings::kMaxWorkers)
                         .arg(processesByRam);
    }
    out.concurrentUsers = std::max(s.workers, 1) * kUsersPerWorker;

    // Per-process memory limits: the worked example's 2 GiB soft / 2.5 GiB hard, but
    // never more than the process's share of RAM (rounded down to 64 MiB, at least 640).
    const int processes = std::max(s.workers, 1) + s.maxCronThreads;
    const qint64 shareMiB = qint64(ramMiB / processes) / 64 * 64;
    const qint64 softMiB = std::clamp<qint64>(shareMiB, 640, 2048);
    s.limitMemorySoft = softMiB * kMiB;
    s.limitMemoryHard = softMiB * 5 / 4 * kMiB; // the example's 2.5 / 2 ratio
    s.limitTimeCpu = 600;
    s.limitTimeReal = 1200;
    s.limitRequest = 8192;
    return out;
}

} // namespace odoodeploy
