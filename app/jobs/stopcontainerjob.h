// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "job.h"
#include "jobtarget.h"

#include <QFuture>

namespace Stasis
{

/// Stops a container, with a grace period before the engine kills it. A
/// container that is not running counts as stopped (the engine's 304).
class StopContainerJob final : public Job
{
    Q_OBJECT

public:
    StopContainerJob(EngineClient *client, const QString &container, int timeoutSeconds, QObject *parent = nullptr);

protected:
    void run() override;
    bool doKill() override;

private:
    JobTarget m_target;
    int m_timeoutSeconds;
    QFuture<EngineResult<void>> m_pending;
};

} // namespace Stasis
