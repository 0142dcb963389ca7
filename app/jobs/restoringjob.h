// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <KJob>

#include <QFuture>
#include <QPointer>

#include <functional>

namespace Stasis
{

class EngineClient;
class RestoreJob;

/// The common part of jobs whose last step is a RestoreJob (RewindJob,
/// RestoreFromJob): runs that inner job, forwards its log, takes over its
/// engine error and CRIU error details, and cancels the step in progress —
/// an engine request or the inner job — on kill.
class RestoringJob : public KJob
{
    Q_OBJECT
    /// Read by JobQueue for the jobs panel (see JobQueue::errorDetailsProperty).
    Q_PROPERTY(QString errorDetails READ errorDetails)

public:
    /// The engine's error of the failed step.
    const EngineError &engineError() const
    {
        return m_engineError;
    }
    /// The inner RestoreJob's details of a CRIU failure (its log's `Error`
    /// lines and advice); empty when there are none.
    const QString &errorDetails() const
    {
        return m_errorDetails;
    }

protected:
    RestoringJob(EngineClient *client, QObject *parent);

    bool doKill() override;

    /// Restores @p container from @p checkpoint with a RestoreJob, then calls
    /// @p done; when the restore failed, engineError() and errorDetails() are
    /// already set from it and @p done gets its error text (empty on success).
    void runRestore(const QString &container, const QString &checkpoint, const std::function<void(const QString &failure)> &done);

    EngineClient *m_client;
    /// The engine request in progress; cancelled on kill.
    QFuture<EngineResult<void>> m_pending;
    EngineError m_engineError;

private:
    QPointer<RestoreJob> m_restore;
    QString m_errorDetails;
};

} // namespace Stasis
