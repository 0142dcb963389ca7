// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperlease.h"

#include "asyncrun.h"
#include "engineclient.h"
#include "helperregistry.h"
#include "helperslogging.h"

#include <QTimer>

namespace Stasis
{

namespace
{
constexpr int maximumStartRetries = 2;
constexpr int startRetryMs = 300;

/// One HelperLease::run().
class HelperRun final : public AsyncRun<HelperRun, EngineResult<int>>
{
public:
    HelperRun(EngineClient *client, const QString &id, int timeoutMs)
        : m_client(client)
        , m_id(id)
        , m_timeoutMs(timeoutMs)
    {
    }

    void start(int attempt = 1)
    {
        m_client->startContainer(m_id).then(m_client, [self = shared_from_this(), attempt](const EngineResult<void> &started) {
            if (!started && started.error().isTransientRuntimeStart() && attempt <= maximumStartRetries) {
                qCInfo(lcHelpers) << "starting the helper" << self->m_id << "raced in runc; starting it again:" << started.error().message;
                QTimer::singleShot(startRetryMs * attempt, self->m_client, [self, attempt] {
                    self->start(attempt + 1);
                });
                return;
            }
            if (!started) {
                return self->answer(std::unexpected(started.error()));
            }
            self->m_client->waitContainer(self->m_id, self->m_timeoutMs).then(self->m_client, [self](const EngineResult<int> &exitCode) {
                self->answer(exitCode);
            });
        });
    }

private:
    QPointer<EngineClient> m_client;
    QString m_id;
    int m_timeoutMs;
};
} // namespace

HelperLease::HelperLease(HelperRegistry *registry, const QString &id)
    : m_registry(registry)
    , m_id(id)
{
}

HelperLease::~HelperLease()
{
    // Nobody waits for the answer; the registry counts the helper until it came.
    remove();
}

QFuture<EngineResult<int>> HelperLease::run(int timeoutMs)
{
    if (m_removed || !m_registry) {
        return QtFuture::makeReadyValueFuture(EngineResult<int>(
            std::unexpected(EngineError{EngineError::Kind::NotFound, 0, HelperRegistry::tr("The helper container %1 was removed already.").arg(m_id)})));
    }
    return HelperRun::launch(m_registry->client(), m_id, timeoutMs);
}

QFuture<EngineResult<void>> HelperLease::remove()
{
    if (m_removed || !m_registry) {
        return QtFuture::makeReadyValueFuture(EngineResult<void>());
    }
    m_removed = true;
    return m_registry->remove(m_id);
}

} // namespace Stasis
