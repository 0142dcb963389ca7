// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryFile;

namespace Stasis
{

class BackgroundWork;

/// Bytes an engine stream on the GUI thread spools into a private temporary
/// file (mode 0600, unnamed where the system allows, so a killed export
/// leaves nothing) on a BackgroundWork, hashed as they are written: an
/// export lists their size and SHA-256 in its manifest, which comes first,
/// then copies the file into the archive on the same worker.
///
/// Bounded memory: write() answers true when the producer must pause, and
/// resume() follows once the worker caught up.
class SpoolFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolFile)

public:
    /// What was spooled. The file belongs to the BackgroundWork's thread.
    struct Result {
        std::shared_ptr<QTemporaryFile> file;
        qint64 size = 0;
        QByteArray sha256;
    };

    /// Reads the @p size bytes of a spooled @p file back from its start, on
    /// the thread that owns it, chunk by chunk into @p consume until it
    /// answers false. The failure for the user, naming @p what; empty when
    /// all was read or @p consume stopped.
    static QString readBack(QTemporaryFile &file, qint64 size, const QString &what, const std::function<bool(QByteArrayView chunk)> &consume);

    /// @p what names the content in messages ("the image"); the file goes into @p folder.
    SpoolFile(const QString &what, const QString &folder, BackgroundWork *work, QObject *parent = nullptr);
    ~SpoolFile() override;

    /// Creates the file, on the worker.
    void open();
    /// True when the producer must pause until resume().
    bool write(const QByteArray &bytes);
    /// After the last write(): closed() follows.
    void close();
    /// Stops without closed(); the file goes.
    void abort();

    qint64 bytesWritten() const
    {
        return m_written;
    }
    /// After closed(true), once: the caller then owns the file.
    Result takeResult()
    {
        return std::exchange(m_result, {});
    }
    /// After closed(false): a sentence for the user.
    const QString &errorString() const
    {
        return m_errorString;
    }

Q_SIGNALS:
    void resume();
    void closed(bool ok);

private:
    struct Sink;

    QString m_what;
    QString m_folder;
    BackgroundWork *m_work;
    std::shared_ptr<Sink> m_sink;
    qint64 m_written = 0;
    bool m_done = false;
    Result m_result;
    QString m_errorString;
};

} // namespace Stasis
