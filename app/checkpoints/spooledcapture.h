// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "engineerror.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTemporaryFile;

namespace Stasis
{

class BackgroundWork;
class SpoolFile;

/// A part of a container that an export reads from the engine before it
/// writes its manifest, because the manifest, which comes first, lists the
/// size and SHA-256 of every file: the engine's stream goes into a SpoolFile
/// in the archive's folder on the export's BackgroundWork, at the stream's
/// pace. A subclass reads its stream (read()), hands its bytes to spool()
/// and ends with closeSpool() or fail().
class SpooledCapture : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpooledCapture)

public:
    /// A file the capture puts beside the manifest.
    struct File {
        ArchiveFileEntry entry;
        /// The content of a small file, held whole; empty for a spooled one.
        QByteArray content;
        /// The spooled file, owned by the BackgroundWork's thread; null for a whole one.
        std::shared_ptr<QTemporaryFile> spooled;
    };

    ~SpooledCapture() override;

    void start();
    /// Stops without emitting finished(); the temporary file goes.
    void abort();

    /// What is read, for messages ("the image nginx:1.27").
    const QString &what() const
    {
        return m_what;
    }
    /// Bytes spooled so far.
    qint64 bytesWritten() const;
    /// After finished(true), once: the files in archive order; the caller then owns them.
    QList<File> takeFiles()
    {
        return std::exchange(m_files, {});
    }
    /// After finished(true): records in @p manifest what the capture carries,
    /// beyond the files takeFiles() lists.
    virtual void describe(ArchiveManifest &manifest) const;
    /// After finished(false): the engine's error; none when writing the file
    /// failed or what was read cannot be carried.
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

protected:
    /// @p what: for messages; @p fileName: the spooled file's name beside the
    /// manifest; @p folder: where its temporary file goes.
    SpooledCapture(const QString &what, const QString &fileName, const QString &folder, BackgroundWork *work, QObject *parent);

    /// Starts reading the engine's stream; the spool is open.
    virtual void read() = 0;
    /// Stops reading: the capture was aborted or failed.
    virtual void stopReading() = 0;
    /// The spool caught up after spool() asked to pause.
    virtual void resumeReading() = 0;
    /// The small files the capture puts before the spooled one, once the spool closed.
    virtual QList<File> wholeFiles() const;

    /// True when the reader must pause until resumeReading().
    bool spool(const QByteArray &bytes);
    /// After the last spool(): finished() follows.
    void closeSpool();
    void fail(const QString &message, const std::optional<EngineError> &engineError = std::nullopt);
    /// True once finished, failed or aborted: nothing more is read.
    bool isDone() const
    {
        return m_done;
    }
    BackgroundWork *work() const
    {
        return m_work;
    }

private:
    void spoolClosed(bool ok);

    QString m_what;
    QString m_fileName;
    BackgroundWork *m_work;
    QPointer<SpoolFile> m_spool;
    bool m_done = false;
    QList<File> m_files;
    std::optional<EngineError> m_engineError;
    QString m_errorString;
};

} // namespace Stasis
