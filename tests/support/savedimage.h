// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "samplearchives.h"

#include <QJsonArray>

// An image tar as the engine saves an image by id (`GET /images/{id}/get`),
// small and built byte by byte, for hostile variants of an archive's
// image.tar.

namespace Stasis::Test
{

/// The parts of the saved image; change them, then call tar().
struct SavedImage {
    static inline const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\"}}";
    static inline const QByteArray layer = RawTar().file("hello", "world").finish();

    static QByteArray blobName(const QByteArray &content)
    {
        return "blobs/sha256/" + Sha256::hex(content);
    }
    /// The image's id: its config's digest.
    static QString imageId()
    {
        return QLatin1String("sha256:") + QString::fromLatin1(Sha256::hex(config));
    }

    QJsonObject manifestEntry{{QStringLiteral("Config"), QString::fromLatin1(blobName(config))},
                              {QStringLiteral("RepoTags"), QJsonValue::Null},
                              {QStringLiteral("Layers"), QJsonArray{QString::fromLatin1(blobName(layer))}}};
    QByteArray ociManifest = "{\"schemaVersion\":2,\"config\":{},\"layers\":[]}";
    QJsonObject indexEntry;
    QJsonObject indexAnnotations;
    QByteArray ociLayout = "{\"imageLayoutVersion\":\"1.0.0\"}";
    QList<std::pair<QByteArray, QByteArray>> extraFiles;
    bool twoImages = false;

    QByteArray tar()
    {
        indexEntry.insert(QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
        if (!indexEntry.contains(QStringLiteral("digest"))) {
            indexEntry.insert(QStringLiteral("digest"), QString(QLatin1String("sha256:") + QString::fromLatin1(Sha256::hex(ociManifest))));
        }
        QJsonObject index{{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("manifests"), QJsonArray{indexEntry}}};
        if (!indexAnnotations.isEmpty()) {
            index.insert(QStringLiteral("annotations"), indexAnnotations);
        }
        QJsonArray images{manifestEntry};
        if (twoImages) {
            images.append(manifestEntry);
        }
        RawTar tar;
        tar.directory("blobs/").directory("blobs/sha256/");
        tar.file(blobName(config), config).file(blobName(layer), layer).file(blobName(ociManifest), ociManifest);
        tar.file("index.json", QJsonDocument(index).toJson(QJsonDocument::Compact));
        tar.file("manifest.json", QJsonDocument(images).toJson(QJsonDocument::Compact));
        tar.file("oci-layout", ociLayout);
        for (const auto &[name, data] : std::as_const(extraFiles)) {
            tar.file(name, data);
        }
        return tar.finish();
    }
};

/// The good archive of a container of SavedImage, with @p imageTar as its image.tar.
inline QByteArray archiveWithImage(const QByteArray &imageTar)
{
    ArchiveManifest manifest = manifestFor(goodFiles);
    manifest.container.imageId = SavedImage::imageId();
    manifest.topLevelFiles = {{QString(ArchiveManifest::imageTarName), imageTar.size(), 0600, Sha256::hex(imageTar)}};
    return goodTar(manifest.toJson()).file(ArchiveManifest::imageTarName.data(), imageTar).finish();
}

} // namespace Stasis::Test
