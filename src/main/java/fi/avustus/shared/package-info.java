/**
 * Value types shared by every module: business IDs, money, periods, translated names, the
 * localised domain exception and the audited entity base. No Spring beans live here, and this
 * package depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fi.avustus.shared;
