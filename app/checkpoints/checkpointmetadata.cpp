// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmetadata.h"

#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Stasis
{

namespace
{
const QLatin1String formatKey("format");
const QLatin1String formatValue("org.stasis.checkpoint.v1");
/// Durations and sizes: -1 when unknown.
constexpr JsonFields::Range measured{-1, std::numeric_limits<qint64>::max()};
} // namespace

QByteArray CheckpointMetadata::toJson() const
{
    QJsonObject object{
        {formatKey, formatValue},
        {QLatin1String("dumpMilliseconds"), dumpMilliseconds},
        {QLatin1String("leftRunning"), leftRunning},
        {QLatin1String("engineVersion"), engineVersion},
        {QLatin1String("stasisVersion"), stasisVersion},
    };
    if (created.isValid()) {
        object.insert(QLatin1String("created"), created.toUTC().toString(Qt::ISODateWithMs));
    }
    if (size >= 0) {
        object.insert(QLatin1String("size"), size);
    }
    if (memoryPagesSize >= 0) {
        object.insert(QLatin1String("memoryPagesSize"), memoryPagesSize);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::expected<CheckpointMetadata, QString> CheckpointMetadata::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(formatKey) != QJsonValue(formatValue)) {
        return std::unexpected(tr("%1 is not checkpoint metadata of Stasis.").arg(fileName));
    }
    JsonFields fields(object);
    CheckpointMetadata metadata;
    metadata.dumpMilliseconds = fields.integer(QLatin1StringView("dumpMilliseconds"), measured).value_or(-1);
    metadata.size = fields.integer(QLatin1StringView("size"), measured).value_or(-1);
    metadata.memoryPagesSize = fields.integer(QLatin1StringView("memoryPagesSize"), measured).value_or(-1);
    metadata.leftRunning = fields.boolean(QLatin1StringView("leftRunning"));
    metadata.engineVersion = fields.string(QLatin1StringView("engineVersion"));
    metadata.stasisVersion = fields.string(QLatin1StringView("stasisVersion"));
    metadata.created = fields.dateTime(QLatin1StringView("created"));
    if (fields.failed()) {
        return std::unexpected(tr("The checkpoint's %1 is malformed: %2").arg(fileName, fields.error()));
    }
    return metadata;
}

} // namespace Stasis
