// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "compositejob.h"
#include "jobtarget.h"

namespace Stasis
{

/// "Stop, then restore": rewinds a running container to one of its
/// checkpoints. The engine refuses to restore a running container (304), so
/// a StopContainerJob stops it first, with a short grace period, then a
/// RestoreJob starts it from the checkpoint. A failed restore hands on the
/// RestoreJob's CRIU details (errorDetails()).
class RewindJob final : public CompositeJob
{
    Q_OBJECT

public:
    explicit RewindJob(const JobTarget &target, QObject *parent = nullptr);

protected:
    void run() override;

private:
    JobTarget m_target;
};

} // namespace Stasis
