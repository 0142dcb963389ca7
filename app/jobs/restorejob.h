// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "job.h"
#include "jobtarget.h"

namespace Stasis
{

/// Starts a container from one of its checkpoints (`start?checkpoint=`).
/// Retries with a short backoff, saying so through infoMessage(), when
/// containerd answers its known transient "content … already exists".
///
/// After a CRIU failure, errorDetails() holds the `Error (…)` lines of CRIU's
/// restore log (when the engine has not deleted it yet, moby#40529), what to
/// do about known causes, and the log.
class RestoreJob final : public Job
{
    Q_OBJECT

public:
    RestoreJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void fail(const EngineError &error);

    JobTarget m_target;
};

} // namespace Stasis
