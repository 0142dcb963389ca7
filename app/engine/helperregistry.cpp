// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperregistry.h"

#include "engineclient.h"
#include "helperlease.h"
#include "helperslogging.h"

#include <QDateTime>

namespace Stasis
{

HelperRegistry::HelperRegistry(EngineClient *client)
    : QObject(client)
    , m_client(client)
{
}

HelperRegistry *HelperRegistry::of(EngineClient *client)
{
    if (auto *registry = client->findChild<HelperRegistry *>(QString(), Qt::FindDirectChildrenOnly)) {
        return registry;
    }
    return new HelperRegistry(client);
}

QFuture<EngineResult<std::shared_ptr<HelperLease>>> HelperRegistry::create(const HelperContainer::Spec &spec)
{
    const ContainerSpec container = HelperContainer::containerSpec(spec);
    qCDebug(lcHelpers) << "creating" << container.name << "from" << spec.image << "over" << spec.hostFolder << (spec.readOnly ? "read-only" : "read-write");
    ++m_creating;
    return m_client->createContainer(container).then(
        this,
        [this, name = container.name](const EngineResult<QString> &id) -> EngineResult<std::shared_ptr<HelperLease>> {
            --m_creating;
            if (!id) {
                qCWarning(lcHelpers) << "could not create" << name << id.error().message;
                notifyIfNoneLive();
                return std::unexpected(id.error());
            }
            m_live.insert(*id);
            return std::shared_ptr<HelperLease>(new HelperLease(this, *id));
        });
}

QFuture<EngineResult<std::shared_ptr<HelperLease>>> HelperRegistry::create(const QString &image, const QString &hostFolder, bool readOnly)
{
    return create(HelperContainer::mounting(image, hostFolder, readOnly));
}

QFuture<EngineResult<void>> HelperRegistry::remove(const QString &id)
{
    qCDebug(lcHelpers) << "removing" << id;
    return m_client->removeContainer(id, true, true).then(this, [this, id](const EngineResult<void> &removed) {
        if (!removed && removed.error().kind != EngineError::Kind::NotFound) {
            qCWarning(lcHelpers) << "could not remove" << id << removed.error().message;
        }
        // Gone, or beyond what this client can do about it.
        if (m_live.remove(id)) {
            notifyIfNoneLive();
        }
        return removed;
    });
}

QFuture<void> HelperRegistry::whenNoneLive()
{
    if (liveCount() == 0) {
        return QtFuture::makeReadyVoidFuture();
    }
    auto waiter = std::make_shared<QPromise<void>>();
    waiter->start();
    m_waiters.append(waiter);
    return waiter->future();
}

void HelperRegistry::notifyIfNoneLive()
{
    if (liveCount() > 0) {
        return;
    }
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters) {
        waiter->finish();
    }
}

QFuture<EngineResult<int>> HelperRegistry::sweep(qint64 minimumAgeSeconds, const QString &prefix)
{
    return m_client->listContainers(ContainerFilter{{}, {}, QString(HelperContainer::label) + QLatin1String("=true")})
        .then(this,
              [this, minimumAgeSeconds, prefix](const EngineResult<ContainerList> &listed) -> QFuture<EngineResult<int>> {
                  if (!listed) {
                      return QtFuture::makeReadyValueFuture(EngineResult<int>(std::unexpected(listed.error())));
                  }
                  // The engine's clock decides: the client's may differ (a remote engine).
                  const QDateTime now = listed->engineTime.isValid() ? listed->engineTime : QDateTime::currentDateTimeUtc();
                  const qint64 newestDebris = now.toSecsSinceEpoch() - minimumAgeSeconds;
                  QList<QFuture<EngineResult<void>>> removals;
                  for (const ContainerSummary &helper : listed->containers) {
                      // A running helper is at work (a stage tool runs for moments): leave it.
                      if (helper.name.startsWith(prefix) && helper.state != QLatin1String("running") && helper.created.toSecsSinceEpoch() <= newestDebris) {
                          qCInfo(lcHelpers) << "removing the helper" << helper.name << "left behind since" << helper.created;
                          removals.append(remove(helper.id));
                      }
                  }
                  if (removals.isEmpty()) {
                      return QtFuture::makeReadyValueFuture(EngineResult<int>(0));
                  }
                  return QtFuture::whenAll(removals.begin(), removals.end())
                      .then(this, [](const QList<QFuture<EngineResult<void>>> &results) -> EngineResult<int> {
                          int removed = 0;
                          for (const QFuture<EngineResult<void>> &result : results) {
                              const EngineResult<void> outcome = result.result();
                              if (outcome) {
                                  ++removed;
                              } else if (outcome.error().kind != EngineError::Kind::NotFound) {
                                  // NotFound: another sweep was faster, which is fine.
                                  return std::unexpected(outcome.error());
                              }
                          }
                          return removed;
                      });
              })
        .unwrap();
}

} // namespace Stasis
