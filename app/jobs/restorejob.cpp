// SPDX-License-Identifier: GPL-2.0-or-later
#include "restorejob.h"

#include "checkpoints/criulog.h"
#include "checkpoints/criulogfetcher.h"
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
        if (m_engineError.kind == EngineError::Kind::NotModified) {
            setErrorText(tr("Cannot restore %1 from checkpoint %2: the container is running. Stop it first, or rewind it (stop, then restore).")
                             .arg(m_container, m_checkpoint));
        } else {
            setErrorText(tr("Cannot restore %1 from checkpoint %2: %3").arg(m_container, m_checkpoint, m_engineError.toString()));
        }
        finishWithCriuDetails();
    });
}

void RestoreJob::finishWithCriuDetails()
{
    const QString path = CriuLog::pathIn(m_engineError.message);
    if (path.isEmpty()) {
        m_errorDetails = CriuLog::advice(m_engineError.message).join(QLatin1Char('\n'));
        emitResult();
        return;
    }
    CriuLogFetcher::fetch(m_client, m_container, path).then(this, [this](const EngineResult<QString> &log) {
        m_errorDetails = log ? CriuLog::details(*log, m_engineError.message)
                             : QString(CriuLog::details({}, m_engineError.message) + QLatin1String("\n\n") + log.error().message).trimmed();
        emitResult();
    });
}

bool RestoreJob::doKill()
{
    m_pending.cancel();
    return true;
}

} // namespace Stasis
