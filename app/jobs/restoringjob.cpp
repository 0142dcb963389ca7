// SPDX-License-Identifier: GPL-2.0-or-later
#include "restoringjob.h"

#include "restorejob.h"

namespace Stasis
{

RestoringJob::RestoringJob(EngineClient *client, QObject *parent)
    : KJob(parent)
    , m_client(client)
{
    setCapabilities(Killable);
}

void RestoringJob::runRestore(const QString &container, const QString &checkpoint, const std::function<void(const QString &failure)> &done)
{
    m_restore = new RestoreJob(m_client, container, checkpoint, this);
    connect(m_restore, &KJob::infoMessage, this, [this](KJob *, const QString &message) {
        Q_EMIT infoMessage(this, message);
    });
    connect(m_restore, &KJob::warning, this, [this](KJob *, const QString &message) {
        Q_EMIT warning(this, message);
    });
    connect(m_restore, &KJob::result, this, [this, done](KJob *job) {
        auto *restore = static_cast<RestoreJob *>(job);
        if (!restore->error()) {
            done({});
            return;
        }
        m_engineError = restore->engineError();
        m_errorDetails = restore->errorDetails();
        done(restore->errorText());
    });
    m_restore->start();
}

bool RestoringJob::doKill()
{
    m_pending.cancel();
    if (m_restore) {
        m_restore->kill(KJob::Quietly);
    }
    return true;
}

} // namespace Stasis
