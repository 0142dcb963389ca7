// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "spooledcapture.h"

#include <QPointer>

namespace Stasis
{

class EngineClient;
class EngineExchange;

/// A container's image as an export carries it beside its manifest
/// (ArchiveManifest::imageTarName): the engine's `GET /images/{id}/get`,
/// by id, so the tar names no tag and loading it on another engine takes
/// no name from an image there.
class ImageCapture final : public SpooledCapture
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCapture)

public:
    /// @p imageId: `sha256:…`; @p imageName: the container's image as the
    /// user knows it, for messages; @p folder: where the temporary file goes.
    ImageCapture(EngineClient *client,
                 const QString &imageId,
                 const QString &imageName,
                 const QString &folder,
                 BackgroundWork *work,
                 QObject *parent = nullptr);
    ~ImageCapture() override;

private:
    void read() override;
    void stopReading() override;
    void resumeReading() override;

    /// Moves what the download holds into the spool, unless the spool is full.
    void pump();
    void downloaded();
    /// The engine appends its message to a tar it could not finish: only the end blocks tell.
    bool endsLikeATar() const;

    EngineClient *m_client;
    QString m_imageId;
    QPointer<EngineExchange> m_download;
    QByteArray m_tail;
    bool m_paused = false;
    bool m_downloaded = false;
};

} // namespace Stasis
