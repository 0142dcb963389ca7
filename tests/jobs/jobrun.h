// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"

#include <QSignalSpy>
#include <QStringList>

// Running a job to its end in a test, and what it said meanwhile.

namespace Stasis::Test
{

/// The info messages of a job, from the moment it is made.
class JobLog final : public QObject
{
public:
    explicit JobLog(KJob *job)
    {
        connect(job, &KJob::infoMessage, this, [this](KJob *, const QString &message) {
            lines.append(message);
        });
    }

    QString joined() const
    {
        return lines.join(QLatin1Char('\n'));
    }

    QStringList lines;
};

/// How a job ended and what it said.
struct JobOutcome {
    /// -1 when no result came in time.
    int error = -1;
    QString errorText;
    EngineError engineError;
    QStringList log;
    qulonglong processedBytes = 0;
    qulonglong totalBytes = 0;
};

/// Starts @p job, which must not delete itself, and waits up to @p timeoutMs for its result.
inline JobOutcome runToEnd(Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    JobLog log(&job);
    QSignalSpy result(&job, &KJob::result);
    job.start();
    JobOutcome outcome;
    if (!result.wait(timeoutMs)) {
        outcome.errorText = QStringLiteral("no result within %1 ms").arg(timeoutMs);
        return outcome;
    }
    outcome.error = job.error();
    outcome.errorText = job.errorText();
    outcome.engineError = job.engineError();
    outcome.log = log.lines;
    outcome.processedBytes = job.processedAmount(KJob::Bytes);
    outcome.totalBytes = job.totalAmount(KJob::Bytes);
    return outcome;
}

} // namespace Stasis::Test
