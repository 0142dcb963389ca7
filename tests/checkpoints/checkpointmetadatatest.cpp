// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Stasis;

Q_DECLARE_METATYPE(Stasis::CheckpointMetadata)

class CheckpointMetadataTest : public QObject
{
    Q_OBJECT

private:
    static CheckpointMetadata sample()
    {
        CheckpointMetadata metadata;
        metadata.dumpMilliseconds = 812;
        metadata.size = 4 * 1024 * 1024;
        metadata.memoryPagesSize = 3 * 1024 * 1024;
        metadata.leftRunning = true;
        metadata.engineVersion = QStringLiteral("26.1.5+dfsg1");
        metadata.stasisVersion = QStringLiteral("0.1.0");
        metadata.created = QDateTime(QDate(2026, 11, 27), QTime(10, 42, 1, 250), QTimeZone::UTC);
        return metadata;
    }

    static QByteArray edited(const char *key, const QJsonValue &value)
    {
        QJsonObject object = QJsonDocument::fromJson(sample().toJson()).object();
        if (value.isUndefined()) {
            object.remove(QLatin1String(key));
        } else {
            object.insert(QLatin1String(key), value);
        }
        return QJsonDocument(object).toJson();
    }

private Q_SLOTS:
    void roundTrips()
    {
        const auto back = CheckpointMetadata::fromJson(sample().toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error()));
        QCOMPARE(*back, sample());
    }

    void roundTripsWhatIsUnknown()
    {
        const CheckpointMetadata unknown;
        const auto back = CheckpointMetadata::fromJson(unknown.toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error()));
        QCOMPARE(*back, unknown);
        QCOMPARE(back->size, -1);
        QCOMPARE(back->dumpMilliseconds, -1);
        QVERIFY(!back->created.isValid());
    }

    void missingFieldsGiveDefaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<CheckpointMetadata>("expected");
        const CheckpointMetadata unknown;
        const auto without = [&unknown](const char *key, auto member) {
            CheckpointMetadata expected = sample();
            expected.*member = unknown.*member;
            QTest::newRow(key) << edited(key, QJsonValue::Undefined) << expected;
        };
        without("size", &CheckpointMetadata::size);
        without("memoryPagesSize", &CheckpointMetadata::memoryPagesSize);
        without("dumpMilliseconds", &CheckpointMetadata::dumpMilliseconds);
        without("leftRunning", &CheckpointMetadata::leftRunning);
        without("engineVersion", &CheckpointMetadata::engineVersion);
        without("created", &CheckpointMetadata::created);
    }

    void missingFieldsGiveDefaults()
    {
        QFETCH(QByteArray, json);
        QFETCH(CheckpointMetadata, expected);
        const auto read = CheckpointMetadata::fromJson(json);
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        QCOMPARE(*read, expected);
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const auto malformed = [](const char *problem) {
            return QStringLiteral("The checkpoint's stasis.json is malformed: ") + QLatin1String(problem);
        };
        const QString measured = QStringLiteral("must be a whole number from -1 to 9223372036854775807");
        QTest::newRow("size a string") << edited("size", QStringLiteral("4 MiB")) << malformed("size ") + measured + QStringLiteral(", not a string.");
        QTest::newRow("size a fraction") << edited("size", 1.5) << malformed("size ") + measured + QStringLiteral(", not a number.");
        QTest::newRow("negative dump time") << edited("dumpMilliseconds", -2) << malformed("dumpMilliseconds ") + measured + QStringLiteral(", not -2.");
        QTest::newRow("left running a number") << edited("leftRunning", 1) << malformed("leftRunning must be a boolean, not a number.");
        QTest::newRow("version a list") << edited("stasisVersion", QJsonArray()) << malformed("stasisVersion must be a string, not a list.");
        QTest::newRow("created not a date") << edited("created", QStringLiteral("today"))
                                            << malformed("created must be an ISO 8601 date and time, not \"today\".");
        QTest::newRow("not Stasis's") << edited("format", QStringLiteral("org.example.v1"))
                                      << QStringLiteral("stasis.json is not checkpoint metadata of Stasis.");
        QTest::newRow("not JSON") << QByteArray("{\"format\":") << QStringLiteral("stasis.json is not checkpoint metadata of Stasis.");
    }

    void refusesWrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QCOMPARE(CheckpointMetadata::fromJson(json).error_or(QString()), message);
    }
};

QTEST_GUILESS_MAIN(CheckpointMetadataTest)
#include "checkpointmetadatatest.moc"
