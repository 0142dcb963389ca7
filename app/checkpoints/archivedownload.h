// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace Stasis
{

class EngineClient;

/// Streams `GET /containers/{id}/archive?path=…` (a plain tar the engine
/// writes) with bounded memory: the reply buffers at most chunkSize bytes,
/// and the data goes out in chunks of at most chunkSize through chunk(),
/// whose receiver processes each one before returning (a direct connection).
/// One download at a time; start() again once finished() was emitted.
class ArchiveDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDownload)

public:
    static constexpr qint64 chunkSize = 1024 * 1024;

    explicit ArchiveDownload(EngineClient *client, QObject *parent = nullptr);
    ~ArchiveDownload() override;

    /// Downloads @p path (absolute, inside @p container). Ignored while a
    /// download runs.
    void start(const QString &container, const QString &path);
    /// Stops the running download; finished() follows with a Cancelled error.
    void abort();
    bool isRunning() const
    {
        return m_reply != nullptr;
    }
    /// Bytes handed out by chunk() in the current or last download.
    qint64 bytesReceived() const
    {
        return m_received;
    }

Q_SIGNALS:
    void chunk(const QByteArray &data);
    /// Once per start(): nullopt when the whole archive went out through chunk().
    void finished(const std::optional<Stasis::EngineError> &error);

private:
    void drain();
    void onFinished();

    EngineClient *m_client;
    QPointer<QNetworkReply> m_reply;
    qint64 m_received = 0;
    bool m_aborted = false;
};

} // namespace Stasis
