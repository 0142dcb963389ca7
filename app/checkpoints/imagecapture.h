// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "spoolfile.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Stasis
{

class BackgroundWork;
class EngineClient;
class EngineDownload;

/// A container's image as an export carries it beside its manifest
/// (ArchiveManifest::imageTarName): the engine's `GET /images/{id}/get`,
/// by id, so the tar names no tag and loading it on another engine takes
/// no name from an image there. Spooled (SpoolFile) at the download's pace
/// into the archive's folder on the caller's BackgroundWork.
class ImageCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCapture)

public:
    /// @p imageId: `sha256:…`; @p folder: where the temporary file goes.
    ImageCapture(EngineClient *client, const QString &imageId, const QString &folder, BackgroundWork *work, QObject *parent = nullptr);
    ~ImageCapture() override;

    void start();
    /// Stops without emitting finished(); the temporary file goes.
    void abort();

    qint64 bytesWritten() const;
    /// After finished(true), once: the caller then owns the file.
    SpoolFile::Result takeResult();
    /// After finished(false): the engine's error; none when writing the file failed.
    const std::optional<EngineError> &engineError() const
    {
        return m_engineError;
    }
    /// After finished(false): a sentence for the user.
    const QString &errorString() const
    {
        return m_errorString;
    }

Q_SIGNALS:
    void progress();
    void finished(bool ok);

private:
    /// Moves what the download holds into the spool, unless the spool is full.
    void pump();
    void downloaded();
    /// The engine appends its message to a tar it could not finish: only the end blocks tell.
    bool endsLikeATar() const;
    void fail(const QString &message, const std::optional<EngineError> &engineError = std::nullopt);

    EngineClient *m_client;
    QString m_imageId;
    QPointer<SpoolFile> m_spool;
    QPointer<EngineDownload> m_download;
    QByteArray m_tail;
    bool m_paused = false;
    bool m_downloaded = false;
    bool m_done = false;
    std::optional<EngineError> m_engineError;
    QString m_errorString;
};

} // namespace Stasis
