/**
 * Value types shared by every module: business IDs, money, periods, translated names, the
 * localised domain exception and the audited entity base; in {@code upload}, the rules for an
 * attached file (type by content, size, safe name) and the mapped bases with which a module keeps
 * its cases' attachments. No Spring beans live here, and this package depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fi.avustus.shared;
