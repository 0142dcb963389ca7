// SPDX-License-Identifier: GPL-2.0-or-later
#include "restorefromjob.h"

#include "copycheckpointjob.h"
#include "copyfilesystemjob.h"
#include "createcontainerjob.h"
#include "engineclient.h"
#include "removecheckpointjob.h"
#include "restorejob.h"

namespace Stasis
{

RestoreFromJob::RestoreFromJob(EngineClient *client, const CheckpointCopy::Source &source, const QString &target, QObject *parent)
    : CompositeJob(parent)
    , m_client(client)
    , m_source(source)
    , m_target(target)
{
    setReportsAfterKill(true);
}

void RestoreFromJob::run()
{
    const QString from = m_source.directory.isEmpty() ? m_source.container : m_source.directory;
    Q_EMIT description(this, tr("Restoring %1").arg(m_target), {tr("Checkpoint"), m_source.checkpoint}, {tr("From"), from});
    if (!m_createTarget) {
        return copy();
    }
    auto *creation = new CreateContainerJob(m_client, m_source.container, m_target);
    creation->setAllowHostAccess(m_allowHostAccess);
    runStep(creation, 5, [this](Job &create) {
        if (create.error()) {
            adoptFailure(create);
            emitResult();
            return;
        }
        copyFileSystem();
    });
}

void RestoreFromJob::copyFileSystem()
{
    runStep(new CopyFileSystemJob(m_client, m_source.container, m_client, m_target), 10, [this](Job &copy) {
        if (copy.error()) {
            adoptFailure(copy);
            emitResult();
            return;
        }
        this->copy();
    });
}

void RestoreFromJob::copy()
{
    runStep(new CopyCheckpointJob(m_client, m_source, m_target), m_createTarget ? 50 : 60, [this](Job &copy) {
        if (copy.error()) {
            adoptFailure(copy);
            emitResult();
            return;
        }
        m_copied = true;
        restore();
    });
}

void RestoreFromJob::restore()
{
    runStep(new RestoreJob(m_client, m_target, m_source.checkpoint), 30, [this](Job &restore) {
        if (restore.error()) {
            adoptFailure(restore);
            setError(RestoreFailed);
        }
        removeCopy();
    });
}

void RestoreFromJob::removeCopy()
{
    runStep(new RemoveCheckpointJob(m_client, m_target, m_source.checkpoint), 5, [this](Job &remove) {
        if (remove.error() && !error()) {
            Q_EMIT warning(
                this,
                tr("Restored %1, but could not remove the copy of checkpoint %2: %3").arg(m_target, m_source.checkpoint, remove.engineError().toString()));
        }
        emitResult();
    });
}

void RestoreFromJob::afterKill(const std::function<void()> &done)
{
    if (!m_copied) {
        return done();
    }
    // Killed while restoring (or removing): the copy may still be there.
    m_client->removeCheckpoint(m_target, m_source.checkpoint).then(this, [this, done](const EngineResult<void> &removed) {
        if (removed) {
            Q_EMIT infoMessage(this, tr("After cancelling: the copy of checkpoint %1 in %2 was removed.").arg(m_source.checkpoint, m_target));
        }
        done();
    });
}

} // namespace Stasis
