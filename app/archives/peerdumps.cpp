// SPDX-License-Identifier: GPL-2.0-or-later
#include "peerdumps.h"

#include "enginetypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

namespace
{

void insertIfKnown(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

/// RFC 3339 in UTC, which Go's time.Time reads; empty when @p time is unknown.
QString goTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

PeerDumps PeerDumps::of(const ContainerDetails &container, const QDateTime &checkpointed, const QString &engineVersion)
{
    const QJsonObject &inspect = container.inspect;
    QJsonObject config;
    insertIfKnown(config, QLatin1StringView("id"), container.id);
    insertIfKnown(config, QLatin1StringView("name"), container.name);
    insertIfKnown(config, QLatin1StringView("rootfsImageName"), container.image);
    insertIfKnown(config, QLatin1StringView("rootfsImageRef"), container.imageId);
    insertIfKnown(config,
                  QLatin1StringView("runtime"),
                  inspect.value(QLatin1StringView("HostConfig")).toObject().value(QLatin1StringView("Runtime")).toString());
    // A time checkpointctl cannot parse fails its whole show: an unparsable one stays out.
    const QDateTime created = QDateTime::fromString(inspect.value(QLatin1StringView("Created")).toString(), Qt::ISODateWithMs);
    insertIfKnown(config, QLatin1StringView("createdTime"), goTime(created));
    insertIfKnown(config, QLatin1StringView("checkpointedTime"), goTime(checkpointed));

    QJsonObject annotations;
    insertIfKnown(annotations, QLatin1StringView("io.kubernetes.cri.container-name"), container.name);
    insertIfKnown(annotations, QLatin1StringView("org.stasis.engine.version"), engineVersion);

    return {QJsonDocument(config).toJson(QJsonDocument::Indented),
            QJsonDocument(QJsonObject{{QLatin1StringView("annotations"), annotations}}).toJson(QJsonDocument::Indented)};
}

bool PeerDumps::isDumpName(const QString &name)
{
    return name == configFileName || name == specFileName;
}

} // namespace Stasis
