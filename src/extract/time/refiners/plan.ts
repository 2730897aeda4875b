// Mark dates announced as plans (将于11月20日, 拟于12月初, 计划下月): their year is not pulled into the past.

import type { Refiner } from '../model.ts'

const PLAN_BEFORE =
  /(?:[将拟擬]|计划|計劃|预计|預計|定于|定於|准备|準備|预定|預定|即将|有望|将在|将于|拟于|擬於|擬于)[于於在]?[ \t\u3000]{0,2}$/u

/** 近期将 / 近日要: a vague span followed by a plan word is the near future */
const PLAN_AFTER = /^[ \t\u3000]?(?:[将拟擬要会會]|计划|計劃|准备|準備)/u
/** 12月5日将召开: only the strong plan words (要 / 会 are too common after a past date) */
const DATE_PLAN_AFTER = /^[ \t\u3000]?(?:[将拟擬]|计划|計劃)/u
/** 在11月25日前 / 于12月底之前: a deadline */
const DEADLINE_BEFORE = /[在于於][ \t\u3000]?$/u
const DEADLINE_AFTER = /^(?:前|之前|以前)/u

export const markPlans: Refiner = {
  id: 'mark-plans',
  refine(drafts, text) {
    return drafts.map((d) => {
      const before = text.slice(Math.max(0, d.start - 5), d.start)
      const after = text.slice(d.end, d.end + 3)
      if (PLAN_BEFORE.test(before)) return { ...d, plan: true }
      if (d.what.k === 'recent' && PLAN_AFTER.test(after)) return { ...d, plan: true }
      // 12月5日将召开 / 下月初拟举办: a date right before a plan word is the plan's date
      if (d.what.k === 'abs' && DATE_PLAN_AFTER.test(after)) return { ...d, plan: true }
      if (d.what.k === 'abs' && DEADLINE_BEFORE.test(before) && DEADLINE_AFTER.test(after)) return { ...d, plan: true }
      return d
    })
  },
}
