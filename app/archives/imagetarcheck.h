// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "tarstreamreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Stasis
{

/// Reads an untrusted `image.tar` (ArchiveManifest::imageTarName) strictly
/// as it streams and checks that loading it (`POST /images/load`) can only
/// add the container's image: the layout the engine writes for an image
/// saved by id (`oci-layout`, `index.json`, `manifest.json` and the
/// `blobs/sha256/<digest>` files they name), holding exactly one image
/// whose config is the container's image id, and no name anywhere — no
/// `RepoTags`, no `repositories` file, no reference annotation in
/// `index.json` — so an archive cannot take a name from an image on the
/// target. The engine checks each blob's digest as it loads it.
class ImageTarCheck final : private TarStreamReader::Handler
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ImageTarCheck)

public:
    /// @p imageId: the manifest's `sha256:…` of the container's image.
    ImageTarCheck(const QString &imageId, const ArchiveLimits &limits);

    /// False once the tar was refused (reader() says why).
    bool feed(QByteArrayView bytes);
    /// End of the tar; false when it is truncated or refused.
    bool finish();
    const TarStreamReader &reader() const
    {
        return m_reader;
    }

private:
    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

    bool refuse(const QString &problem, const QString &entry);
    bool checkOciLayout();
    bool checkIndex();
    bool checkImageManifest();

    TarStreamReader m_reader;
    const QString m_imageId;
    const qint64 m_maxJsonSize;
    /// The JSON file being read, null while reading a blob.
    QByteArray *m_json = nullptr;
    QByteArray m_ociLayout;
    QByteArray m_index;
    QByteArray m_imageManifest;
    QSet<QString> m_seen;
    QSet<QString> m_blobs;
};

} // namespace Stasis
