// placeholder until the real test lands
#include <QtTest>
class TestFeatureMatrix : public QObject { Q_OBJECT private slots: void pending() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(TestFeatureMatrix)
#include "TestFeatureMatrix.moc"
