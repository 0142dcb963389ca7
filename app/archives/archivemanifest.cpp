// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivemanifest.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stasis
{

namespace
{

// Integers beyond 2^53 do not survive a JSON number.
constexpr double largestExactInteger = 9007199254740992.0;

bool isFileName(const QString &path, QLatin1StringView prefix, QLatin1StringView suffix)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    return name.startsWith(prefix) && name.endsWith(suffix);
}

/// Reads the members of one JSON object, remembering the first problem.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveManifest)

public:
    Reader(const QJsonObject &object, QString where, QString *problem)
        : m_object(object)
        , m_where(std::move(where))
        , m_problem(problem)
    {
    }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString()) {
            return value.toString();
        }
        if (required || !value.isUndefined()) {
            fail(key, tr("a string"));
        }
        return {};
    }

    qint64 integer(const char *key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::trunc(number) != number || number < double(minimum) || number > double(maximum) || number > largestExactInteger) {
            fail(key, tr("an integer from %1 to %2").arg(minimum).arg(maximum));
            return minimum;
        }
        return qint64(number);
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject()) {
            fail(key, tr("an object"));
        }
        return value.toObject();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(key, tr("an array"));
        }
        return value.toArray();
    }

    void fail(const char *key, const QString &expected)
    {
        if (m_problem->isEmpty()) {
            *m_problem = tr("The manifest's \"%1\" must be %2.").arg(m_where + QLatin1String(key), expected);
        }
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_problem;
};

} // namespace

qint64 ArchiveManifest::totalSize() const
{
    qint64 total = 0;
    for (const ArchiveFileEntry &file : files) {
        total += file.size;
    }
    return total;
}

qint64 ArchiveManifest::memoryPagesSize() const
{
    qint64 total = 0;
    for (const ArchiveFileEntry &file : files) {
        if (isFileName(file.path, QLatin1StringView("pages-"), QLatin1StringView(".img"))) {
            total += file.size;
        }
    }
    return total;
}

int ArchiveManifest::processCount() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ArchiveFileEntry &file) {
        return isFileName(file.path, QLatin1StringView("core-"), QLatin1StringView(".img"));
    }));
}

QByteArray ArchiveManifest::toJson() const
{
    QJsonArray fileArray;
    for (const ArchiveFileEntry &file : files) {
        fileArray.append(QJsonObject{
            {QStringLiteral("path"), file.path},
            {QStringLiteral("size"), double(file.size)},
            {QStringLiteral("mode"), file.mode},
            {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)},
        });
    }
    const QJsonObject document{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("producer"), producer},
        {QStringLiteral("engine"),
         QJsonObject{
             {QStringLiteral("version"), engine.version},
             {QStringLiteral("apiVersion"), engine.apiVersion},
             {QStringLiteral("os"), engine.os},
             {QStringLiteral("kernelVersion"), engine.kernelVersion},
             {QStringLiteral("architecture"), engine.architecture},
         }},
        {QStringLiteral("container"),
         QJsonObject{
             {QStringLiteral("id"), container.id},
             {QStringLiteral("name"), container.name},
             {QStringLiteral("image"), container.image},
             {QStringLiteral("imageId"), container.imageId},
             {QStringLiteral("configuration"), container.configuration},
         }},
        {QStringLiteral("checkpoint"),
         QJsonObject{
             {QStringLiteral("name"), checkpoint.name},
             {QStringLiteral("created"), checkpoint.created.toUTC().toString(Qt::ISODateWithMs)},
         }},
        {QStringLiteral("folder"), QString(folder)},
        {QStringLiteral("files"), fileArray},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::expected<ArchiveManifest, QString> ArchiveManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(tr("The manifest is not a JSON object (%1 at byte %2).")
                                   .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("another JSON value"))
                                   .arg(parseError.offset));
    }
    QString problem;
    Reader root(document.object(), QString(), &problem);

    ArchiveManifest manifest;
    manifest.formatVersion = int(root.integer("formatVersion", 1, 1000000));
    if (!problem.isEmpty()) {
        return std::unexpected(problem);
    }
    if (manifest.formatVersion > currentFormatVersion) {
        return std::unexpected(tr("The archive has format version %1, this Stasis reads version %2 at most: open it with a newer Stasis.")
                                   .arg(manifest.formatVersion)
                                   .arg(currentFormatVersion));
    }
    manifest.producer = root.string("producer", false);
    if (root.string("folder") != folder && problem.isEmpty()) {
        problem = tr("The manifest's \"folder\" must be \"%1\".").arg(folder);
    }

    Reader engine(root.object("engine"), QStringLiteral("engine."), &problem);
    manifest.engine = {engine.string("version"),
                       engine.string("apiVersion"),
                       engine.string("os"),
                       engine.string("kernelVersion"),
                       engine.string("architecture")};

    Reader container(root.object("container"), QStringLiteral("container."), &problem);
    manifest.container = {container.string("id"),
                          container.string("name"),
                          container.string("image"),
                          container.string("imageId"),
                          container.object("configuration")};

    Reader checkpoint(root.object("checkpoint"), QStringLiteral("checkpoint."), &problem);
    manifest.checkpoint.name = checkpoint.string("name");
    manifest.checkpoint.created = QDateTime::fromString(checkpoint.string("created"), Qt::ISODateWithMs);
    if (!manifest.checkpoint.created.isValid() && problem.isEmpty()) {
        problem = tr("The manifest's \"checkpoint.created\" must be an ISO 8601 date and time.");
    }

    const QJsonArray files = root.array("files");
    for (qsizetype i = 0; i < files.size() && problem.isEmpty(); ++i) {
        if (!files.at(i).isObject()) {
            root.fail("files", tr("an array of objects"));
            break;
        }
        Reader file(files.at(i).toObject(), QStringLiteral("files[%1].").arg(i), &problem);
        ArchiveFileEntry entry;
        entry.path = file.string("path");
        entry.size = file.integer("size", 0, std::numeric_limits<qint64>::max());
        entry.mode = int(file.integer("mode", 0, 07777));
        entry.sha256 = file.string("sha256").toLatin1();
        if (problem.isEmpty() && !Sha256::isHexDigest(entry.sha256)) {
            file.fail("sha256", tr("64 lowercase hexadecimal digits"));
        }
        manifest.files.append(entry);
    }
    if (!problem.isEmpty()) {
        return std::unexpected(problem);
    }
    return manifest;
}

} // namespace Stasis
