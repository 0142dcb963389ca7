// SPDX-License-Identifier: GPL-2.0-or-later
#include "rewindjob.h"

#include "restorejob.h"
#include "stopcontainerjob.h"

namespace Stasis
{

RewindJob::RewindJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent)
    : CompositeJob(parent)
    , m_client(client)
    , m_container(container)
    , m_checkpoint(checkpoint)
{
}

void RewindJob::run()
{
    Q_EMIT description(this, tr("Rewinding %1").arg(m_container), {tr("Checkpoint"), m_checkpoint});
    runStep(new StopContainerJob(m_client, m_container, stopTimeoutSeconds), 10, [this](Job &stop) {
        if (stop.error()) {
            adoptFailure(stop);
            setErrorText(tr("Cannot rewind %1: stopping it failed: %2").arg(m_container, stop.engineError().toString()));
            emitResult();
            return;
        }
        runStep(new RestoreJob(m_client, m_container, m_checkpoint), 90, [this](Job &restore) {
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
