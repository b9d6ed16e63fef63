#pragma once
// Worker sizing from the official Odoo deployment guidance:
//  - CPU: workers = 2 x CPU + 1 (about 6 concurrent users per worker);
//  - RAM: each process needs about 0.8 x 150 MB (light) + 0.2 x 1 GB (heavy requests);
//  - limits as in its worked example (2 GiB soft, 2.5 GiB hard, 600 s CPU, 1200 s real),
//    scaled down when the share of RAM per process is smaller.

#include "DeploymentProfile.h"

#include <QCoreApplication>
#include <QString>

namespace odoodeploy {

struct WorkerSuggestion {
    PerformanceSettings settings;
    int concurrentUsers = 0; // what the suggestion serves comfortably
    QString reason;          // one translated sentence explaining the numbers
};

class WorkerSizing
{
    Q_DECLARE_TR_FUNCTIONS(WorkerSizing)
public:
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr double kLightMiB = 150.0;
    static constexpr double kHeavyMiB = 1024.0;
    static constexpr double kPerProcessMiB = 0.8 * kLightMiB + 0.2 * kHeavyMiB; // 324.8
    static constexpr int kUsersPerWorker = 6;

    static WorkerSuggestion suggest(int cpuCount, qint64 ramBytes);
};

} // namespace odoodeploy
