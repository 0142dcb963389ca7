// SPDX-License-Identifier: GPL-2.0-or-later
#include "removecheckpointjob.h"

#include "engineclient.h"

#include <QTimer>

namespace Stasis
{

RemoveCheckpointJob::RemoveCheckpointJob(EngineClient *client, const QString &container, const QString &checkpoint, const QString &directory, QObject *parent)
    : Job(parent)
    , m_target{client, container, checkpoint}
    , m_directory(directory)
{
    setCapabilities(Killable);
}

void RemoveCheckpointJob::run()
{
    Q_EMIT description(this, tr("Removing checkpoint %1 of %2").arg(m_target.checkpoint, m_target.container), {tr("Checkpoint"), m_target.checkpoint});
    QFuture<EngineResult<void>> removal = m_target.client->removeCheckpoint(m_target.container, m_target.checkpoint, m_directory);
    stopOnKill([removal]() mutable {
        removal.cancel();
    });
    removal.then(this, [this](const EngineResult<void> &result) {
        if (result) {
            emitResult();
            return;
        }
        const EngineError engineError = result.error();
        QString text = tr("Cannot remove checkpoint %1 of %2: %3").arg(m_target.checkpoint, m_target.container, engineError.toString());
        // A missing container is a 404; a missing checkpoint a 500 "checkpoint … does not exist".
        if (engineError.kind == EngineError::Kind::NotFound || engineError.message.contains(QLatin1String("does not exist"))) {
            text += QLatin1Char(' ') + tr("Refresh the list of checkpoints: the container or the checkpoint no longer exists.");
        }
        setFailure(EngineRefused, text, engineError);
        QStringList details{tr("Container: %1").arg(m_target.container), tr("Checkpoint: %1").arg(m_target.checkpoint)};
        if (!m_directory.isEmpty()) {
            details.append(tr("Folder: %1").arg(m_directory));
        }
        details.append(tr("Engine status: %1").arg(engineError.httpStatus));
        details.append(tr("Engine message: %1").arg(engineError.message));
        setErrorDetails(details.join(QLatin1Char('\n')));
        emitResult();
    });
}

} // namespace Stasis
