// SPDX-License-Identifier: GPL-2.0-or-later
#include "restorejob.h"

#include "engine/engineclient.h"

#include <QTimer>

namespace Stasis
{

RestoreJob::RestoreJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent)
    : KJob(parent)
    , m_client(client)
    , m_container(container)
    , m_checkpoint(checkpoint)
{
    setCapabilities(Killable);
}

void RestoreJob::start()
{
    Q_EMIT description(this, tr("Restoring %1").arg(m_container), {tr("Checkpoint"), m_checkpoint});
    QTimer::singleShot(0, this, &RestoreJob::attempt);
}

void RestoreJob::attempt()
{
    ++m_attempt;
    m_pending = m_client->startContainer(m_container, m_checkpoint);
    m_pending.then(this, [this](const EngineResult<void> &result) {
        if (result) {
            emitResult();
            return;
        }
        m_engineError = result.error();
        if (m_engineError.isTransientContentConflict() && m_attempt < maximumAttempts) {
            const int delayMs = 250 * m_attempt;
            Q_EMIT infoMessage(this,
                               tr("The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).")
                                   .arg(m_engineError.message)
                                   .arg(delayMs)
                                   .arg(m_attempt + 1)
                                   .arg(maximumAttempts));
            QTimer::singleShot(delayMs, this, &RestoreJob::attempt);
            return;
        }
        setError(EngineRefused);
        setErrorText(tr("Cannot restore %1 from checkpoint %2: %3").arg(m_container, m_checkpoint, m_engineError.toString()));
        emitResult();
    });
}

bool RestoreJob::doKill()
{
    m_pending.cancel();
    return true;
}

} // namespace Stasis
