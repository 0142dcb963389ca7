// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperregistry.h"

#include "engineclient.h"
#include "helperimage.h"
#include "helperlease.h"
#include "helperslogging.h"

#include <QDateTime>
#include <QJsonArray>

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

QFuture<HelperRegistry::Created> HelperRegistry::create(const HelperContainer::Spec &spec)
{
    ++m_creating;
    QFuture<Created> creating = spec.volume.isEmpty() ? createContainer(spec, true) : createForVolume(spec);
    return creating.then(this, [this](const Created &created) {
        --m_creating;
        if (!created) {
            notifyIfNoneLive();
        }
        return created;
    });
}

QFuture<HelperRegistry::Created> HelperRegistry::create(const QString &hostFolder, bool readOnly)
{
    return create(HelperContainer::mounting(hostFolder, readOnly));
}

QFuture<HelperRegistry::Created> HelperRegistry::createForVolume(const HelperContainer::Spec &spec)
{
    return m_client->inspectVolume(spec.volume)
        .then(this,
              [this, spec](const EngineResult<VolumeDetails> &before) -> QFuture<Created> {
                  if (!before) {
                      EngineError error = before.error();
                      if (error.kind == EngineError::Kind::NotFound) {
                          error.message = tr("The engine has no volume named %1, so Stasis made no helper container for it. "
                                             "Check the name with docker volume ls.")
                                              .arg(spec.volume);
                      }
                      return QtFuture::makeReadyValueFuture(Created(std::unexpected(error)));
                  }
                  return createContainer(spec, true)
                      .then(this,
                            [this, spec, createdAt = before->createdAt](const Created &created) -> QFuture<Created> {
                                return created ? checkVolume(spec, createdAt, *created) : QtFuture::makeReadyValueFuture(created);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<HelperRegistry::Created>
HelperRegistry::checkVolume(const HelperContainer::Spec &spec, const QString &createdAt, const std::shared_ptr<HelperLease> &lease)
{
    return m_client->inspectVolume(spec.volume).then(this, [spec, createdAt, lease](const EngineResult<VolumeDetails> &after) -> Created {
        if (!after) {
            return std::unexpected(after.error());
        }
        // Removed meanwhile, the engine made it anew and empty for the helper.
        if (after->createdAt != createdAt) {
            qCWarning(lcHelpers) << "refusing the helper" << lease->id() << "for the volume" << spec.volume << "made anew at" << after->createdAt;
            return std::unexpected(EngineError{EngineError::Kind::Conflict,
                                               0,
                                               tr("The volume %1 was removed while Stasis made a helper container for it, and the engine made an empty one "
                                                  "in its place. Check the volume with docker volume inspect, and try again.")
                                                   .arg(spec.volume)});
        }
        return lease;
    });
}

QFuture<HelperRegistry::Created> HelperRegistry::createContainer(const HelperContainer::Spec &spec, bool mayReloadImage)
{
    return imageFor(spec)
        .then(this,
              [this, spec, mayReloadImage](const EngineResult<void> &image) -> QFuture<Created> {
                  if (!image) {
                      return QtFuture::makeReadyValueFuture(Created(std::unexpected(image.error())));
                  }
                  const ContainerSpec container = HelperContainer::containerSpec(spec);
                  qCDebug(lcHelpers) << "creating" << container.name << "from" << container.image << "over"
                                     << (spec.volume.isEmpty() ? spec.hostFolder : spec.volume) << (spec.readOnly ? "read-only" : "read-write");
                  return m_client->createContainer(container)
                      .then(this,
                            [this, spec, mayReloadImage, name = container.name](const EngineResult<QString> &id) -> QFuture<Created> {
                                if (!id && id.error().kind == EngineError::Kind::NotFound && spec.image.isEmpty() && mayReloadImage) {
                                    // Someone removed the helper image meanwhile (docker image prune -a).
                                    m_image = ImageState::Unknown;
                                    return createContainer(spec, false);
                                }
                                if (!id) {
                                    qCWarning(lcHelpers) << "could not create" << name << id.error().message;
                                    return QtFuture::makeReadyValueFuture(Created(std::unexpected(id.error())));
                                }
                                m_live.insert(*id);
                                return checkMounts(spec, std::shared_ptr<HelperLease>(new HelperLease(this, *id)));
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<HelperRegistry::Created> HelperRegistry::checkMounts(const HelperContainer::Spec &spec, const std::shared_ptr<HelperLease> &lease)
{
    return m_client->inspectContainer(lease->id()).then(this, [spec, lease](const EngineResult<ContainerDetails> &details) -> Created {
        if (!details) {
            return std::unexpected(details.error());
        }
        const QString difference = HelperContainer::mountDifference(spec, details->inspect.value(QLatin1String("Mounts")).toArray());
        if (!difference.isEmpty()) {
            qCWarning(lcHelpers) << "refusing the helper" << lease->id() << difference;
            // The lease removes it with its volumes.
            return std::unexpected(EngineError{EngineError::Kind::Conflict, 0, tr("Stasis does not use this helper container: %1.").arg(difference)});
        }
        return lease;
    });
}

QFuture<EngineResult<void>> HelperRegistry::imageFor(const HelperContainer::Spec &spec)
{
    if (!spec.image.isEmpty() || m_image == ImageState::Present) {
        const EngineResult<void> present;
        return QtFuture::makeReadyValueFuture(present);
    }
    auto waiter = std::make_shared<QPromise<EngineResult<void>>>();
    waiter->start();
    m_imageWaiters.append(waiter);
    if (m_image == ImageState::Unknown) {
        m_image = ImageState::Loading;
        HelperImage::ensure(m_client).then(this, [this](const EngineResult<void> &ensured) {
            imageEnsured(ensured);
        });
    }
    return waiter->future();
}

void HelperRegistry::imageEnsured(const EngineResult<void> &ensured)
{
    // A failure is not kept: the next helper tries again.
    m_image = ensured ? ImageState::Present : ImageState::Unknown;
    const auto waiters = std::exchange(m_imageWaiters, {});
    for (const auto &waiter : waiters) {
        waiter->addResult(ensured);
        waiter->finish();
    }
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
