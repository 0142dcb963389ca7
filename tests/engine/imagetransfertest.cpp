// SPDX-License-Identifier: GPL-2.0-or-later
// An image out of the sandbox engine and back in as streams, with no
// registry: `GET /images/{name}/get` into a file at the reader's pace, the
// image removed (its own layer with it), `POST /images/load` from the file.
#include "engineexchange.h"
#include "enginetestsupport.h"
#include "peakmemory.h"

#include <KTar>
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
/// The image's own layer: random, so the engine cannot make it small.
constexpr qint64 payloadSize = 64 * 1024 * 1024;
const QString image = QStringLiteral("stasis-test/image-transfer:payload");
} // namespace

class ImageTransferTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    QTemporaryDir m_dir;

    QString savedPath() const
    {
        return m_dir.filePath(QStringLiteral("image.tar"));
    }

    /// Loads @p size bytes of @p tar into the engine; why it failed, when it did.
    std::optional<EngineError> load(QIODevice *tar, qint64 size)
    {
        std::unique_ptr<EngineExchange> load(m_client->loadImage(tar, size, nullptr));
        QSignalSpy finished(load.get(), &EngineExchange::finished);
        if (!finished.wait(120000)) {
            return EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("the load did not finish")};
        }
        return EngineClient::loadError(*load);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const QString container = QStringLiteral("stasis-test-image-payload");
        dockerCli({QStringLiteral("rm"), QStringLiteral("--force"), container}); // what an interrupted run left
        const auto written = dockerCli({QStringLiteral("run"),
                                        QStringLiteral("--name"),
                                        container,
                                        QStringLiteral("--network"),
                                        QStringLiteral("none"),
                                        sandboxImage(),
                                        QStringLiteral("sh"),
                                        QStringLiteral("-c"),
                                        QStringLiteral("head -c %1 /dev/urandom > /payload").arg(payloadSize)});
        QVERIFY2(written, why(written).constData());
        const auto committed = dockerCli({QStringLiteral("commit"), container, image});
        QVERIFY2(committed, why(committed).constData());
        const auto removed = dockerCli({QStringLiteral("rm"), container});
        QVERIFY2(removed, why(removed).constData());
    }

    void cleanupTestCase()
    {
        dockerCli({QStringLiteral("image"), QStringLiteral("rm"), image});
    }

    void savesAnImageAtTheReadersPace()
    {
        QFile file(savedPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(resetPeakRss());
        const qint64 before = peakRss();
        EngineExchange *download = m_client->saveImage(image, this);
        qint64 mostHeld = 0;
        connect(download, &EngineExchange::readyRead, this, [download, &file, &mostHeld] {
            mostHeld = std::max(mostHeld, download->bytesAvailable());
            file.write(download->read(download->bytesAvailable()));
        });
        QSignalSpy finished(download, &EngineExchange::finished);
        QVERIFY(finished.wait(120000));
        QVERIFY2(!download->error(), qPrintable(download->error() ? download->error()->toString() : QString()));
        file.write(download->read(download->bytesAvailable()));
        const qint64 held = peakRss() - before;
        file.close();
        delete download;
        qInfo("saved %lld bytes; at most %lld held unread; peak memory grew by %lld bytes", file.size(), mostHeld, held);
        QVERIFY(file.size() > payloadSize);
        QVERIFY(mostHeld <= EngineExchange::bufferSize);
        // The buffers, not the image: far from its 64 MiB.
        QVERIFY2(held < payloadSize / 4, qPrintable(QStringLiteral("%1 bytes held").arg(held)));

        KTar tar(savedPath());
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const auto *manifest = dynamic_cast<const KArchiveFile *>(tar.directory()->entry(QStringLiteral("manifest.json")));
        QVERIFY(manifest);
        const QJsonArray images = QJsonDocument::fromJson(manifest->data()).array();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().toObject().value(QLatin1String("RepoTags")).toArray(), QJsonArray{image});
        qint64 largestLayer = 0;
        for (const QJsonValue &layer : images.first().toObject().value(QLatin1String("Layers")).toArray()) {
            const auto *file = dynamic_cast<const KArchiveFile *>(tar.directory()->entry(layer.toString()));
            QVERIFY2(file, qPrintable(layer.toString()));
            largestLayer = std::max(largestLayer, file->size());
        }
        QVERIFY(largestLayer > payloadSize);
    }

    void savingAMissingImageFails()
    {
        EngineExchange *download = m_client->saveImage(QStringLiteral("stasis-test/no-such-image:none"), this);
        QSignalSpy finished(download, &EngineExchange::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(download->error());
        QCOMPARE(download->error()->kind, EngineError::Kind::NotFound);
        QCOMPARE(download->bytesAvailable(), 0);
        delete download;
    }

    void loadsTheSavedImageBack()
    {
        const auto saved = await(m_client->inspectImage(image));
        QVERIFY2(saved, why(saved).constData());
        const auto removed = await(m_client->removeImage(image));
        QVERIFY2(removed, why(removed).constData());
        QCOMPARE(await(m_client->inspectImage(image)).error().kind, EngineError::Kind::NotFound);

        QFile file(savedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(resetPeakRss());
        const qint64 before = peakRss();
        const std::optional<EngineError> failed = load(&file, file.size());
        QVERIFY2(!failed, qPrintable(failed ? failed->toString() : QString()));
        const qint64 held = peakRss() - before;
        qInfo("loaded %lld bytes; peak memory grew by %lld bytes", file.size(), held);
        QVERIFY2(held < payloadSize / 4, qPrintable(QStringLiteral("%1 bytes held").arg(held)));

        const auto loaded = await(m_client->inspectImage(image));
        QVERIFY2(loaded, why(loaded).constData());
        QCOMPARE(loaded->id, saved->id);
        QCOMPARE(loaded->layers, saved->layers);
    }

    void aLoadOfGarbageFailsWithTheEnginesMessage_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("small") << qsizetype(64 * 1024);
        // The engine answers at the first header and closes without reading the rest: its answer still counts.
        QTest::newRow("refused before it was sent") << qsizetype(64 * 1024 * 1024);
    }

    void aLoadOfGarbageFailsWithTheEnginesMessage()
    {
        QFETCH(qsizetype, size);
        QByteArray garbage(size, 'x');
        QBuffer buffer(&garbage);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const std::optional<EngineError> failed = load(&buffer, garbage.size());
        QVERIFY(failed);
        qInfo("the engine said: %s", qPrintable(failed->toString()));
        QCOMPARE(failed->kind, EngineError::Kind::ServerError);
        QVERIFY2(!failed->message.isEmpty() && !failed->message.startsWith(QLatin1Char('{')), qPrintable(failed->message));
    }
};

QTEST_GUILESS_MAIN(ImageTransferTest)
#include "imagetransfertest.moc"
