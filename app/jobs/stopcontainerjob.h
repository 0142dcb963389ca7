// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "job.h"
#include "jobtarget.h"

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

private:
    JobTarget m_target;
    int m_timeoutSeconds;
};

} // namespace Stasis
