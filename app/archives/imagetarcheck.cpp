// SPDX-License-Identifier: GPL-2.0-or-later
#include "imagetarcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Stasis
{

namespace
{

constexpr QLatin1StringView ociLayoutName{"oci-layout"};
constexpr QLatin1StringView indexName{"index.json"};
constexpr QLatin1StringView imageManifestName{"manifest.json"};
constexpr QLatin1StringView blobsFolder{"blobs"};
constexpr QLatin1StringView sha256Folder{"blobs/sha256"};

bool isBlobPath(const QString &path)
{
    static const QRegularExpression blob(QStringLiteral("^blobs/sha256/[0-9a-f]{64}$"));
    return blob.match(path).hasMatch();
}

/// The annotations by which an engine names what it loads.
bool namesAnImage(const QJsonObject &annotations)
{
    return annotations.contains(QLatin1String("org.opencontainers.image.ref.name")) || annotations.contains(QLatin1String("io.containerd.image.name"));
}

} // namespace

ImageTarCheck::ImageTarCheck(const QString &imageId, const ArchiveLimits &limits)
    : m_reader(this, limits, TarStreamReader::Content::FilesAndFolders)
    , m_imageId(imageId)
    , m_maxJsonSize(limits.maxPeerDumpSize)
{
}

bool ImageTarCheck::feed(QByteArrayView bytes)
{
    return m_reader.feed(bytes);
}

bool ImageTarCheck::finish()
{
    if (!m_reader.finish()) {
        return false;
    }
    return checkOciLayout() && checkIndex() && checkImageManifest();
}

bool ImageTarCheck::refuse(const QString &problem, const QString &entry)
{
    m_reader.fail(problem, entry);
    return false;
}

bool ImageTarCheck::entryStarted(const TarEntry &entry)
{
    const QString &path = entry.path;
    m_json = nullptr;
    if (entry.type == TarEntry::Type::Directory) {
        if (path != blobsFolder && path != sha256Folder) {
            return refuse(tr("The folder \"%1\" is not part of an image as the engine saves it.").arg(path), path);
        }
        return true;
    }
    if (m_seen.contains(path)) {
        return refuse(tr("\"%1\" appears twice.").arg(path), path);
    }
    m_seen.insert(path);
    if (isBlobPath(path)) {
        m_blobs.insert(path);
        return true;
    }
    if (path == QLatin1String("repositories")) {
        return refuse(QCoreApplication::translate("Stasis::ImageTarCheck",
                                                  "It names images (a \"repositories\" file): loading it would move those names on the target engine. "
                                                  "Stasis exports the image by id only."),
                      path);
    }
    if (path == ociLayoutName) {
        m_json = &m_ociLayout;
    } else if (path == indexName) {
        m_json = &m_index;
    } else if (path == imageManifestName) {
        m_json = &m_imageManifest;
    } else {
        return refuse(tr("\"%1\" is not part of an image as the engine saves it.").arg(path), path);
    }
    if (entry.size > m_maxJsonSize) {
        return refuse(tr("\"%1\" is larger than %2 bytes.").arg(path).arg(m_maxJsonSize), path);
    }
    return true;
}

bool ImageTarCheck::entryData(QByteArrayView chunk)
{
    if (m_json) {
        m_json->append(chunk);
    }
    return true;
}

bool ImageTarCheck::entryFinished()
{
    m_json = nullptr;
    return true;
}

bool ImageTarCheck::checkOciLayout()
{
    const QJsonObject layout = QJsonDocument::fromJson(m_ociLayout).object();
    if (!m_seen.contains(ociLayoutName) || layout.value(QLatin1String("imageLayoutVersion")).toString() != QLatin1String("1.0.0")) {
        return refuse(tr("Its \"%1\" is missing or is not version 1.0.0.").arg(ociLayoutName), QString(ociLayoutName));
    }
    return true;
}

bool ImageTarCheck::checkIndex()
{
    QJsonParseError error;
    const QJsonDocument index = QJsonDocument::fromJson(m_index, &error);
    const QJsonArray manifests = index.object().value(QLatin1String("manifests")).toArray();
    if (error.error != QJsonParseError::NoError || !index.isObject() || manifests.size() != 1) {
        return refuse(tr("Its \"%1\" is missing or does not list exactly one image.").arg(indexName), QString(indexName));
    }
    const QJsonObject manifest = manifests.first().toObject();
    if (namesAnImage(index.object().value(QLatin1String("annotations")).toObject()) || namesAnImage(manifest.value(QLatin1String("annotations")).toObject())) {
        return refuse(QCoreApplication::translate("Stasis::ImageTarCheck",
                                                  "Its \"%1\" names the image: loading it would take that name on the target engine. Stasis exports "
                                                  "the image by id only.")
                          .arg(indexName),
                      QString(indexName));
    }
    const QString blob = QLatin1String("blobs/") + manifest.value(QLatin1String("digest")).toString().replace(QLatin1Char(':'), QLatin1Char('/'));
    if (!m_blobs.contains(blob)) {
        return refuse(tr("Its \"%1\" names a manifest the tar does not hold.").arg(indexName), QString(indexName));
    }
    return true;
}

bool ImageTarCheck::checkImageManifest()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_imageManifest, &error);
    const QJsonArray images = document.array();
    if (error.error != QJsonParseError::NoError || !document.isArray() || images.size() != 1) {
        return refuse(tr("Its \"%1\" is missing or does not list exactly one image.").arg(imageManifestName), QString(imageManifestName));
    }
    const QJsonObject image = images.first().toObject();
    const QString expectedConfig = QLatin1String("blobs/") + QString(m_imageId).replace(QLatin1Char(':'), QLatin1Char('/'));
    if (image.value(QLatin1String("Config")).toString() != expectedConfig || !m_blobs.contains(expectedConfig)) {
        return refuse(tr("Its image is not the container's image %1.").arg(m_imageId), QString(imageManifestName));
    }
    const QJsonValue tags = image.value(QLatin1String("RepoTags"));
    if (!tags.isNull() && !tags.isUndefined() && !tags.toArray().isEmpty()) {
        return refuse(QCoreApplication::translate("Stasis::ImageTarCheck",
                                                  "Its \"%1\" names the image: loading it would take that name on the target engine. Stasis exports "
                                                  "the image by id only.")
                          .arg(imageManifestName),
                      QString(imageManifestName));
    }
    const QJsonArray layers = image.value(QLatin1String("Layers")).toArray();
    for (const QJsonValue &layer : layers) {
        if (!m_blobs.contains(layer.toString())) {
            return refuse(tr("Its image names a layer the tar does not hold."), QString(imageManifestName));
        }
    }
    return true;
}

} // namespace Stasis
