// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpercontainer.h"

#include "engineclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPromise>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Stasis
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Stasis::HelperContainer", text);
}

QString containerPath(const QString &container)
{
    return QLatin1String("/containers/") + EngineClient::encoded(container);
}

/// What each client has on the engine (GUI thread only, like the clients).
struct LiveHelpers {
    int creating = 0;
    QSet<QString> created;
    QList<std::shared_ptr<QPromise<void>>> waiters;

    int count() const
    {
        return creating + int(created.size());
    }
};

QHash<const EngineClient *, LiveHelpers> &liveHelpers()
{
    static QHash<const EngineClient *, LiveHelpers> helpers;
    return helpers;
}

LiveHelpers &liveHelpersOf(EngineClient *client)
{
    if (!liveHelpers().contains(client)) {
        QObject::connect(client, &QObject::destroyed, client, [client] {
            liveHelpers().remove(client);
        });
    }
    return liveHelpers()[client];
}

void notifyWhenNoneLive(const EngineClient *client)
{
    const auto found = liveHelpers().find(client);
    if (found == liveHelpers().end() || found->count() > 0) {
        return;
    }
    const auto waiters = std::exchange(found->waiters, {});
    for (const auto &waiter : waiters) {
        waiter->finish();
    }
}
} // namespace

int HelperContainer::liveCount(const EngineClient *client)
{
    return liveHelpers().value(client).count();
}

QFuture<void> HelperContainer::whenNoneLive(EngineClient *client)
{
    if (liveCount(client) == 0) {
        return QtFuture::makeReadyVoidFuture();
    }
    auto waiter = std::make_shared<QPromise<void>>();
    waiter->start();
    liveHelpersOf(client).waiters.append(waiter);
    return waiter->future();
}

QString HelperContainer::pathInside(const QString &relativePath)
{
    return relativePath.isEmpty() ? QString(mountPoint) : mountPoint + QLatin1Char('/') + relativePath;
}

QFuture<EngineResult<QString>> HelperContainer::create(EngineClient *client, const QString &image, const QString &hostFolder, bool readOnly)
{
    Spec spec;
    spec.image = image;
    spec.hostFolder = hostFolder;
    spec.readOnly = readOnly;
    return create(client, spec);
}

QFuture<EngineResult<QString>> HelperContainer::create(EngineClient *client, const Spec &spec)
{
    const QString name = spec.name.isEmpty() ? namePrefix + QString::number(QRandomGenerator::global()->generate64(), 36) : spec.name;
    const QJsonObject mount{
        {QLatin1String("Type"), QLatin1String("bind")},
        {QLatin1String("Source"), spec.hostFolder},
        {QLatin1String("Target"), spec.mountPoint.isEmpty() ? QString(mountPoint) : spec.mountPoint},
        {QLatin1String("ReadOnly"), spec.readOnly},
    };
    const QJsonObject hostConfig{
        {QLatin1String("NetworkMode"), QLatin1String("none")},
        {QLatin1String("Mounts"), QJsonArray{mount}},
    };
    QJsonObject body{
        {QLatin1String("Image"), spec.image},
        {QLatin1String("NetworkDisabled"), true},
        {QLatin1String("Labels"), QJsonObject{{QString(label), QLatin1String("true")}}},
        {QLatin1String("HostConfig"), hostConfig},
    };
    if (!spec.entrypoint.isEmpty()) {
        body.insert(QLatin1String("Entrypoint"), QJsonArray::fromStringList(spec.entrypoint));
    }
    // A never-started helper still needs a command when the image has none.
    body.insert(QLatin1String("Cmd"),
                spec.entrypoint.isEmpty() && spec.command.isEmpty() ? QJsonArray{QLatin1String("/bin/true")} : QJsonArray::fromStringList(spec.command));
    if (!spec.user.isEmpty()) {
        body.insert(QLatin1String("User"), spec.user);
    }
    ++liveHelpersOf(client).creating;
    return client
        ->request("POST", QStringLiteral("/containers/create"), {{QStringLiteral("name"), name}}, QJsonDocument(body).toJson(QJsonDocument::Compact))
        .then(client, [client](const EngineResult<EngineClient::Response> &response) -> EngineResult<QString> {
            LiveHelpers &live = liveHelpersOf(client);
            --live.creating;
            const QString id = response ? QJsonDocument::fromJson(response->body).object().value(QLatin1String("Id")).toString() : QString();
            if (!id.isEmpty()) {
                live.created.insert(id);
            } else {
                notifyWhenNoneLive(client);
            }
            if (!response) {
                return std::unexpected(response.error());
            }
            if (id.isEmpty()) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine created a helper container but did not say its id.")});
            }
            return id;
        });
}

QFuture<EngineResult<PathStat>> HelperContainer::stat(EngineClient *client, const QString &helper, const QString &relativePath)
{
    return statPath(client, helper, pathInside(relativePath));
}

QFuture<EngineResult<PathStat>> HelperContainer::statPath(EngineClient *client, const QString &helper, const QString &path)
{
    return client->request("HEAD", containerPath(helper) + QLatin1String("/archive"), {{QStringLiteral("path"), path}})
        .then(client, [path](const EngineResult<EngineClient::Response> &response) -> EngineResult<PathStat> {
            if (!response) {
                return std::unexpected(response.error());
            }
            const std::optional<PathStat> stat = PathStat::fromHeader(response->header("X-Docker-Container-Path-Stat"));
            if (!stat) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine sent no readable file information for %1.").arg(path)});
            }
            return *stat;
        });
}

QFuture<EngineResult<void>> HelperContainer::remove(EngineClient *client, const QString &helper)
{
    return client->removeContainer(helper, true).then(client, [client, helper](const EngineResult<void> &removed) {
        // Gone, or beyond what this client can do about it.
        if (liveHelpers().contains(client) && liveHelpers()[client].created.remove(helper)) {
            notifyWhenNoneLive(client);
        }
        return removed;
    });
}

QFuture<EngineResult<int>> HelperContainer::sweep(EngineClient *client, qint64 minimumAgeSeconds, const QString &prefix)
{
    const QJsonObject filters{{QLatin1String("label"), QJsonArray{QString(QString(label) + QLatin1String("=true"))}}};
    const EngineClient::Query query{{QStringLiteral("all"), QStringLiteral("1")},
                                    {QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))}};
    return client->request("GET", QStringLiteral("/containers/json"), query)
        .then(client,
              [client, minimumAgeSeconds, prefix](const EngineResult<EngineClient::Response> &listed) -> QFuture<EngineResult<int>> {
                  if (!listed) {
                      return QtFuture::makeReadyValueFuture(EngineResult<int>(std::unexpected(listed.error())));
                  }
                  // The engine's clock decides: the client's may differ (a remote engine).
                  QDateTime now = QDateTime::fromString(QString::fromLatin1(listed->header("Date")), Qt::RFC2822Date);
                  if (!now.isValid()) {
                      now = QDateTime::currentDateTimeUtc();
                  }
                  const qint64 newestDebris = now.toSecsSinceEpoch() - minimumAgeSeconds;
                  QList<QFuture<EngineResult<void>>> removals;
                  const QJsonArray containers = QJsonDocument::fromJson(listed->body).array();
                  for (const QJsonValue &value : containers) {
                      const QJsonObject container = value.toObject();
                      const QString name = container.value(QLatin1String("Names")).toArray().first().toString().mid(1);
                      const QString state = container.value(QLatin1String("State")).toString();
                      // A running helper is at work (a stage tool runs for moments): leave it.
                      if (name.startsWith(prefix) && state != QLatin1String("running")
                          && container.value(QLatin1String("Created")).toInteger() <= newestDebris) {
                          removals.append(remove(client, container.value(QLatin1String("Id")).toString()));
                      }
                  }
                  if (removals.isEmpty()) {
                      return QtFuture::makeReadyValueFuture(EngineResult<int>(0));
                  }
                  return QtFuture::whenAll(removals.begin(), removals.end())
                      .then(client, [](const QList<QFuture<EngineResult<void>>> &results) -> EngineResult<int> {
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
