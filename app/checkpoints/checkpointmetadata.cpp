// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmetadata.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

namespace
{
const QLatin1String formatKey("format");
const QLatin1String formatValue("org.stasis.checkpoint.v1");
} // namespace

QByteArray CheckpointMetadata::toJson() const
{
    QJsonObject object{
        {formatKey, formatValue},
        {QLatin1String("dumpMilliseconds"), dumpMilliseconds},
        {QLatin1String("leftRunning"), leftRunning},
        {QLatin1String("engineVersion"), engineVersion},
        {QLatin1String("stasisVersion"), stasisVersion},
        {QLatin1String("created"), created.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (size >= 0) {
        object.insert(QLatin1String("size"), size);
    }
    if (memoryPagesSize >= 0) {
        object.insert(QLatin1String("memoryPagesSize"), memoryPagesSize);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<CheckpointMetadata> CheckpointMetadata::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(formatKey).toString() != formatValue) {
        return std::nullopt;
    }
    CheckpointMetadata metadata;
    metadata.dumpMilliseconds = object.value(QLatin1String("dumpMilliseconds")).toInteger(-1);
    metadata.size = object.value(QLatin1String("size")).toInteger(-1);
    metadata.memoryPagesSize = object.value(QLatin1String("memoryPagesSize")).toInteger(-1);
    metadata.leftRunning = object.value(QLatin1String("leftRunning")).toBool();
    metadata.engineVersion = object.value(QLatin1String("engineVersion")).toString();
    metadata.stasisVersion = object.value(QLatin1String("stasisVersion")).toString();
    metadata.created = QDateTime::fromString(object.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    return metadata;
}

} // namespace Stasis
