// placeholder until the real test lands
#include <QtTest>
class TestSeriesCsvReader : public QObject { Q_OBJECT private slots: void pending() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(TestSeriesCsvReader)
#include "TestSeriesCsvReader.moc"
