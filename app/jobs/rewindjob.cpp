// SPDX-License-Identifier: GPL-2.0-or-later
#include "rewindjob.h"

#include "restorejob.h"
#include "stopcontainerjob.h"

namespace Stasis
{

namespace
{
/// The grace period before the engine kills the container: its state is thrown away anyway.
constexpr int stopTimeoutSeconds = 2;
} // namespace

RewindJob::RewindJob(const JobTarget &target, QObject *parent)
    : CompositeJob(parent)
    , m_target(target)
{
}

void RewindJob::run()
{
    Q_EMIT description(this, tr("Rewinding %1").arg(m_target.container), {tr("Checkpoint"), m_target.checkpoint});
    runStep(new StopContainerJob(m_target.client, m_target.container, stopTimeoutSeconds), 10, [this](Job &stop) {
        if (stop.error()) {
            adoptFailure(stop);
            setErrorText(tr("Cannot rewind %1: stopping it failed: %2").arg(m_target.container, stop.engineError().toString()));
            emitResult();
            return;
        }
        runStep(new RestoreJob(m_target.client, m_target.container, m_target.checkpoint), 90, [this](Job &restore) {
            if (restore.error()) {
                adoptFailure(restore);
                setError(RestoreFailed);
                setErrorText(tr("%1 The container stays stopped.").arg(restore.errorText()));
            }
            emitResult();
        });
    });
}

} // namespace Stasis
