var Ee=globalThis,be=Ee.trustedTypes,Ve=be?be.createPolicy("lit-html",{createHTML:t=>t}):void 0,Ye="$lit$",K=`lit$${Math.random().toFixed(9).slice(2)}$`,Xe="?"+K,xt=`<${Xe}>`,ee=document,le=()=>ee.createComment(""),de=t=>t===null||typeof t!="object"&&typeof t!="function",Fe=Array.isArray,Rt=t=>Fe(t)||typeof t?.[Symbol.iterator]=="function",Se=`[ 	
\f\r]`,ie=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Je=/-->/g,We=/>/g,X=RegExp(`>|${Se}(?:([^\\s"'>=/]+)(${Se}*=${Se}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ge=/'/g,Ke=/"/g,Qe=/^(?:script|style|textarea|title)$/i,De=t=>(e,...n)=>({_$litType$:t,strings:e,values:n}),s=De(1),Xt=De(2),Qt=De(3),ce=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),Ze=new WeakMap,Q=ee.createTreeWalker(ee,129);function et(t,e){if(!Fe(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ve!==void 0?Ve.createHTML(e):e}var Ct=(t,e)=>{let n=t.length-1,a=[],r,o=e===2?"<svg>":e===3?"<math>":"",l=ie;for(let b=0;b<n;b++){let p=t[b],g,d,c=-1,T=0;for(;T<p.length&&(l.lastIndex=T,d=l.exec(p),d!==null);)T=l.lastIndex,l===ie?d[1]==="!--"?l=Je:d[1]!==void 0?l=We:d[2]!==void 0?(Qe.test(d[2])&&(r=RegExp("</"+d[2],"g")),l=X):d[3]!==void 0&&(l=X):l===X?d[0]===">"?(l=r??ie,c=-1):d[1]===void 0?c=-2:(c=l.lastIndex-d[2].length,g=d[1],l=d[3]===void 0?X:d[3]==='"'?Ke:Ge):l===Ke||l===Ge?l=X:l===Je||l===We?l=ie:(l=X,r=void 0);let v=l===X&&t[b+1].startsWith("/>")?" ":"";o+=l===ie?p+xt:c>=0?(a.push(g),p.slice(0,c)+Ye+p.slice(c)+K+v):p+K+(c===-2?b:v)}return[et(t,o+(t[n]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),a]},me=class t{constructor({strings:e,_$litType$:n},a){let r;this.parts=[];let o=0,l=0,b=e.length-1,p=this.parts,[g,d]=Ct(e,n);if(this.el=t.createElement(g,a),Q.currentNode=this.el.content,n===2||n===3){let c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(r=Q.nextNode())!==null&&p.length<b;){if(r.nodeType===1){if(r.hasAttributes())for(let c of r.getAttributeNames())if(c.endsWith(Ye)){let T=d[l++],v=r.getAttribute(c).split(K),u=/([.?@])?(.*)/.exec(T);p.push({type:1,index:o,name:u[2],strings:v,ctor:u[1]==="."?xe:u[1]==="?"?Re:u[1]==="@"?Ce:re}),r.removeAttribute(c)}else c.startsWith(K)&&(p.push({type:6,index:o}),r.removeAttribute(c));if(Qe.test(r.tagName)){let c=r.textContent.split(K),T=c.length-1;if(T>0){r.textContent=be?be.emptyScript:"";for(let v=0;v<T;v++)r.append(c[v],le()),Q.nextNode(),p.push({type:2,index:++o});r.append(c[T],le())}}}else if(r.nodeType===8)if(r.data===Xe)p.push({type:2,index:o});else{let c=-1;for(;(c=r.data.indexOf(K,c+1))!==-1;)p.push({type:7,index:o}),c+=K.length-1}o++}}static createElement(e,n){let a=ee.createElement("template");return a.innerHTML=e,a}};function ne(t,e,n=t,a){if(e===ce)return e;let r=a!==void 0?n._$Co?.[a]:n._$Cl,o=de(e)?void 0:e._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),o===void 0?r=void 0:(r=new o(t),r._$AT(t,n,a)),a!==void 0?(n._$Co??=[])[a]=r:n._$Cl=r),r!==void 0&&(e=ne(t,r._$AS(t,e.values),r,a)),e}var _e=class{constructor(e,n){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:n},parts:a}=this._$AD,r=(e?.creationScope??ee).importNode(n,!0);Q.currentNode=r;let o=Q.nextNode(),l=0,b=0,p=a[0];for(;p!==void 0;){if(l===p.index){let g;p.type===2?g=new ue(o,o.nextSibling,this,e):p.type===1?g=new p.ctor(o,p.name,p.strings,this,e):p.type===6&&(g=new Ie(o,this,e)),this._$AV.push(g),p=a[++b]}l!==p?.index&&(o=Q.nextNode(),l++)}return Q.currentNode=ee,r}p(e){let n=0;for(let a of this._$AV)a!==void 0&&(a.strings!==void 0?(a._$AI(e,a,n),n+=a.strings.length-2):a._$AI(e[n])),n++}},ue=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,n,a,r){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=e,this._$AB=n,this._$AM=a,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,n=this._$AM;return n!==void 0&&e?.nodeType===11&&(e=n.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,n=this){e=ne(this,e,n),de(e)?e===h||e==null||e===""?(this._$AH!==h&&this._$AR(),this._$AH=h):e!==this._$AH&&e!==ce&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Rt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==h&&de(this._$AH)?this._$AA.nextSibling.data=e:this.T(ee.createTextNode(e)),this._$AH=e}$(e){let{values:n,_$litType$:a}=e,r=typeof a=="number"?this._$AC(e):(a.el===void 0&&(a.el=me.createElement(et(a.h,a.h[0]),this.options)),a);if(this._$AH?._$AD===r)this._$AH.p(n);else{let o=new _e(r,this),l=o.u(this.options);o.p(n),this.T(l),this._$AH=o}}_$AC(e){let n=Ze.get(e.strings);return n===void 0&&Ze.set(e.strings,n=new me(e)),n}k(e){Fe(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,a,r=0;for(let o of e)r===n.length?n.push(a=new t(this.O(le()),this.O(le()),this,this.options)):a=n[r],a._$AI(o),r++;r<n.length&&(this._$AR(a&&a._$AB.nextSibling,r),n.length=r)}_$AR(e=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);e!==this._$AB;){let a=e.nextSibling;e.remove(),e=a}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},re=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,n,a,r,o){this.type=1,this._$AH=h,this._$AN=void 0,this.element=e,this.name=n,this._$AM=r,this.options=o,a.length>2||a[0]!==""||a[1]!==""?(this._$AH=Array(a.length-1).fill(new String),this.strings=a):this._$AH=h}_$AI(e,n=this,a,r){let o=this.strings,l=!1;if(o===void 0)e=ne(this,e,n,0),l=!de(e)||e!==this._$AH&&e!==ce,l&&(this._$AH=e);else{let b=e,p,g;for(e=o[0],p=0;p<o.length-1;p++)g=ne(this,b[a+p],n,p),g===ce&&(g=this._$AH[p]),l||=!de(g)||g!==this._$AH[p],g===h?e=h:e!==h&&(e+=(g??"")+o[p+1]),this._$AH[p]=g}l&&!r&&this.j(e)}j(e){e===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},xe=class extends re{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===h?void 0:e}},Re=class extends re{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==h)}},Ce=class extends re{constructor(e,n,a,r,o){super(e,n,a,r,o),this.type=5}_$AI(e,n=this){if((e=ne(this,e,n,0)??h)===ce)return;let a=this._$AH,r=e===h&&a!==h||e.capture!==a.capture||e.once!==a.once||e.passive!==a.passive,o=e!==h&&(a===h||r);r&&this.element.removeEventListener(this.name,this,a),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ie=class{constructor(e,n,a){this.element=e,this.type=6,this._$AN=void 0,this._$AM=n,this.options=a}get _$AU(){return this._$AM._$AU}_$AI(e){ne(this,e)}};var It=Ee.litHtmlPolyfillSupport;It?.(me,ue),(Ee.litHtmlVersions??=[]).push("3.3.1");var E=(t,e,n)=>{let a=n?.renderBefore??e,r=a._$litPart$;if(r===void 0){let o=n?.renderBefore??null;a._$litPart$=r=new ue(e.insertBefore(le(),o),o,void 0,n??{})}return r._$AI(t),r};var Et="planner_lang";function B(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function tt(t){document.cookie=`${Et}=${t}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=t}function I(t){return(e,n)=>{let a=t[e],r=a?a[B()==="en"?1:0]||a[0]:e;if(n)for(let[o,l]of Object.entries(n))r=r.replaceAll(`{${o}}`,String(l));return r}}function Ne(){return B()==="en"?"en-GB":"da-DK"}var F=class extends Error{constructor(n,a,r,o,l,b=""){super(r||a);this.status=n;this.title=a;this.detail=r;this.fields=o;this.type=l;this.code=b}reason(n){return this.fields.find(a=>a.field===n)?.reason??""}},nt="";function rt(t){nt=t}async function at(t,e,n){let a={Accept:"application/json"};n!==void 0&&(a["Content-Type"]="application/json"),t!=="GET"&&t!=="HEAD"&&(a["X-CSRF-Token"]=nt);let r=await fetch(e,{method:t,headers:a,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(r.status===401)throw window.location.assign(`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new F(401,"Not signed in","",[],"/problems/unauthenticated");if(!r.ok)throw await Ft(r);if(r.status!==204)return await r.json()}async function Ft(t){let e={};try{e=await t.json()}catch{}let n=B()==="da",a=n&&e.title_da||e.title||t.statusText,r=n&&e.detail_da||e.detail||"",o=e.field?[{field:e.field,reason:r}]:[];return new F(t.status,a,r,o,e.type??"",e.code??"")}var x=t=>at("GET",t),Z=(t,e)=>at("POST",t,e);function Pe(t){let e=new URLSearchParams;for(let[a,r]of Object.entries(t))r==null||r===""||Array.isArray(r)&&r.length===0||e.set(a,Array.isArray(r)?r.join(","):String(r));let n=e.toString();return n?`?${n}`:""}var $e=class{constructor(e,n,a,r,o){this.routes=e;this.me=n;this.main=a;this.notFound=r;this.onChange=o;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",l=>this.intercept(l))}current;navigate(e,n=!1){n?history.replaceState(null,"",e):history.pushState(null,"",e),this.show(!0)}async show(e){this.current?.abort();let n=new AbortController;this.current=n;let{route:a,params:r}=this.match(location.pathname),o=document.createElement("div");o.className="planner-screen";let l={me:this.me,main:o,params:r,query:new URLSearchParams(location.search),signal:n.signal,navigate:(b,p)=>this.navigate(b,p),every:(b,p)=>{let g=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&p()},b);n.signal.addEventListener("abort",()=>window.clearInterval(g))}};if(this.main.replaceChildren(o),document.title=`${a.title()} — Planner`,this.onChange(location.pathname),await a.render(l),e&&!n.signal.aborted){let b=this.main.querySelector("h1");b&&(b.setAttribute("tabindex","-1"),b.focus())}}match(e){for(let n of this.routes){let a=n.path.split("/"),r=e.replace(/\/+$/,"").split("/");if(n.path==="/"&&(e==="/"||e===""))return{route:this.allowed(n),params:{}};if(a.length!==r.length)continue;let o={};if(a.every((l,b)=>l.startsWith(":")?(o[l.slice(1)]=decodeURIComponent(r[b]),r[b]!==""):l===r[b]))return{route:this.allowed(n),params:o}}return{route:this.notFound,params:{}}}allowed(e){return!e.roles||e.roles.includes(this.me.role)?e:this.notFound}intercept(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let n=e.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(e.preventDefault(),this.navigate(n.pathname+n.search))}};var je=I({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),pe="Europe/Copenhagen";function Dt(t){return t instanceof F?t.detail?t.detail:t.title:t instanceof TypeError?je("error.network"):String(t)}function N(t){return t?s`<div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">${t instanceof F?t.title:je("error.heading")}</p>
      <p class="alert-text">${Dt(t)}</p>
    </div>
  </div>`:h}function ve(t){return t?s`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${t}</p></div></div>`:h}function Y(t,e,n){if(!(t instanceof F))return h;let a=t.reason(e);return a?s`<span class="form-error-message" id="${n}-error">${a}</span>`:h}function W(t,e){return t instanceof F&&t.reason(e)!==""}function Le(t){let e=document.getElementById("announce");e&&(e.textContent="",window.setTimeout(()=>e.textContent=t,50))}function ot(t){return new Promise(e=>{let n=document.createElement("dialog");n.className="fds-modal planner-dialog",n.setAttribute("aria-labelledby","dialog-title"),document.body.append(n);let a=r=>{n.close(),n.remove(),e(r)};n.addEventListener("cancel",r=>{r.preventDefault(),a(!1)}),E(s`<div class="modal-content">
        <div class="modal-header"><h2 class="modal-heading" id="dialog-title">${t.title}</h2></div>
        <div class="modal-body">${typeof t.body=="string"?s`<p>${t.body}</p>`:t.body}</div>
        <div class="modal-footer">
          <button class="button ${t.danger?"button-primary planner-danger":"button-primary"}" type="button" data-ok @click=${()=>a(!0)}>${t.ok}</button>
          <button class="button button-secondary" type="button" @click=${()=>a(!1)}>${t.cancel??je("dialog.cancel")}</button>
        </div>
      </div>`,n),n.showModal(),n.querySelector("[data-ok]")?.focus()})}function L(t){if(!t)return"";let e=typeof t=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(t)?new Date(`${t}T12:00:00Z`):new Date(t);return new Intl.DateTimeFormat(Ne(),{day:"numeric",month:"short",year:"numeric",timeZone:pe}).format(e)}function M(t){return new Intl.DateTimeFormat(Ne(),{hour:"2-digit",minute:"2-digit",timeZone:pe}).format(new Date(t))}function U(t){return t?`${L(t)} ${M(t)}`:""}function st(t){return new Intl.DateTimeFormat("sv-SE",{timeZone:pe}).format(t)}var z=I({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),it={path:"/",title:()=>z("title"),async render(t){let e=[],n=(r,o)=>{let l=(r?.frontPage.absentNow??[]).map(b=>e.find(p=>p.id===b)?.name??`#${b}`);E(s`<h1>${z("title")}</h1>
          ${N(o)}
          ${r?s`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${z("absent")}</h2>
                    ${l.length===0?s`<p>${z("noneAbsent")}</p>`:s`<ul class="planner-absent">
                          ${l.map(b=>s`<li>${b}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${z("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${z("notSent")}</dt><dd data-count="notSent">${r.frontPage.notSent}</dd></div>
                      <div><dt>${z("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${r.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${z("deadline")}</dt><dd data-count="deadlineExceeded">${r.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${z("pending")}</a>: <span data-count="pendingCounter">${z("pendingCount",{n:r.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${z("updated",{time:M(r.at)})}</p>`:""}`,t.main)},a=async()=>{try{let[r,o]=await Promise.all([x("/api/advisors"),x("/api/front-page")]);e=r.advisors,n(o)}catch(r){n(void 0,r)}};await a(),t.every(1e4,a)}};var G=I({"jobnet.pending":["Afventer","Waiting"],"jobnet.done":["Synkroniseret","Synced"],"jobnet.failed":["Fejlet","Failed"],"state.pending":["Internt oprettet","Created internally"],"state.sent":["Eksternt kommunikeret","Sent"],"channel.digital":["Digitalt","Digital"],"channel.in_person":["Personligt fremmøde","In person"],"channel.phone":["Telefonisk","By phone"],"form.individual":["Individuelt møde","Individual meeting"],"form.group":["Fællesmøde","Group meeting"],deadlineExceeded:["Frist overskredet","Deadline exceeded"],seenOn:["Set af borgeren {date}","Seen by the citizen {date}"],yes:["Ja","Yes"],no:["Nej","No"]});function He(t){let e={};for(let[n,a]of Object.entries(t))a!==void 0&&a!==""&&!(Array.isArray(a)&&a.length===0)&&(e[n]=a);return Z("/api/summonses/query",e)}var Nt=t=>G(`jobnet.${t}`),ye=t=>G(`state.${t}`),ke=t=>t?G(`channel.${t}`):"",we=t=>G(`form.${t}`),ae=t=>G(t?"yes":"no");function fe(t){return t.deadlineExceeded?s`<span class="planner-icon planner-icon--deadline" role="img" aria-label=${G("deadlineExceeded")} title=${G("deadlineExceeded")}>!</span>`:h}function ge(t){if(!t.seenAt)return h;let e=G("seenOn",{date:L(t.seenAt)});return s`<span class="planner-icon planner-icon--seen" role="img" aria-label=${e} title=${e}>✓</span>`}function oe(t){return s`<span class="planner-sync planner-sync--${t.jobnet}">${Nt(t.jobnet)}</span>`}var m=I({"title.pending":["Afventerliste","Pending list"],"title.follow_up":["Opfølgningsliste","Follow-up list"],"intro.pending":["Indkaldelser, der er oprettet internt og endnu ikke sendt til Jobnet. Markeres en indkaldelse til et fællesmøde, markeres alle mødets deltagere.","Summonses created internally and not yet sent to Jobnet. Selecting a group meeting's summons selects all its participants."],"intro.follow_up":["Indkaldelser, der er sendt til Jobnet: én række pr. borger pr. indkaldelse.","Summonses sent to Jobnet: one row per citizen per summons."],tabs:["Lister over indkaldelser","Summons lists"],counter:["{n} afventende møder fra i dag","{n} pending meetings from today"],filters:["Filtrér","Filter"],search:["Søg på indkaldelsesnr., navn eller CPR-nr.","Search by summons no., name or CPR no."],searchHint:["Søgningen gemmes ikke i adressen.","The search is not kept in the address."],searchButton:["Søg","Search"],dateField:["Datofelt","Date field"],"dateField.none":["Ingen datofiltrering","No date filter"],"dateField.meeting":["Indkaldelsesdato","Summons date"],"dateField.holding_deadline":["Afholdelsesfrist","Holding deadline"],"dateField.sent":["Sendt til Jobnet","Sent to Jobnet"],from:["Fra","From"],to:["Til","To"],team:["Team (med underteams)","Team (with sub-teams)"],advisor:["Ansvarlig vejleder","Responsible advisor"],type:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],channel:["Afholdelsesform","Channel"],deadline:["Frist overskredet","Deadline exceeded"],seen:["Set af borgeren","Seen by the citizen"],status:["Status","Status"],"status.all":["Alle møder","All meetings"],"status.current":["Skjul gamle møder","Hide old meetings"],all:["Alle","All"],yes:["Ja","Yes"],no:["Nej","No"],reset:["Nulstil","Reset"],"col.select":["Vælg","Select"],"col.number":["Indkaldelsesnr.","Summons no."],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.date":["Indkaldelsesdato","Summons date"],"col.rebook":["Ombookingsfrist","Rebook deadline"],"col.holding":["Afholdelsesfrist","Holding deadline"],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.advisors":["Vejledere","Advisors"],"col.room":["Lokale","Room"],"col.summoner":["Indkalder","Summoner"],"col.type":["Type","Type"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.jobnetAt":["Jobnet sync dato","Jobnet sync date"],"col.inCalendar":["Overført til kalender","Transferred to calendar"],sortNone:[", klik for at sortere",", click to sort"],sortAsc:[", sorteret stigende",", sorted ascending"],sortDesc:[", sorteret faldende",", sorted descending"],selectAll:["Vælg alle","Select all"],selectRow:["Vælg {number} {name}","Select {number} {name}"],selected:["{n} valgt","{n} selected"],noneSelected:["Ingen rækker valgt","No rows selected"],groupSelected:["Fællesmøde: alle {n} deltagere er valgt","Group meeting: all {n} participants selected"],groupDeselected:["Fællesmøde: alle {n} deltagere er fravalgt","Group meeting: all {n} participants deselected"],send:["Indkald valgte","Send selected"],delete:["Slet valgte","Delete selected"],sent:["{n} indkaldelser er sendt til Jobnet.","{n} summonses were sent to Jobnet."],deleted:["{n} indkaldelser er slettet.","{n} summonses were deleted."],confirmTitle:["Slet internt oprettede aftaler","Delete summonses created internally"],confirmBody:["Er du sikker på, at du vil slette de {n} valgte internt oprettede aftaler? Det kan ikke fortrydes.","Are you sure you want to delete the {n} selected summonses created internally? This cannot be undone."],confirmOk:["Slet","Delete"],rows:["Viser {first}–{last} af {total} rækker","Showing {first}–{last} of {total} rows"],noRows:["Ingen indkaldelser passer til filtreringen.","No summonses match the filter."],loading:["Henter …","Loading …"],perPage:["Rækker pr. side","Rows per page"],paging:["Skift side i tabellen","Change the table's page"],prev:["Forrige side","Previous page"],next:["Næste side","Next page"],pageOf:["Side {page} af {pages}","Page {page} of {pages}"],tableLabel:["{list}: indkaldelser","{list}: summonses"]}),Me={pending:"",follow_up:""},Ae=[25,50,100],Pt=["dateField","from","to","team","advisor","type","variant","channel","deadline","seen","status"];function jt(t){let e=Number(t.get("size"));return{dateField:t.get("dateField")??"",from:t.get("from")??"",to:t.get("to")??"",team:t.get("team")??"",advisor:t.get("advisor")??"",type:t.get("type")??"",variant:t.get("variant")??"",channel:t.get("channel")??"",deadline:t.get("deadline")??"",seen:t.get("seen")??"",status:t.get("status")??"",sort:t.get("sort")??"",desc:t.get("desc")==="true",page:Math.max(1,Number(t.get("page"))||1),size:Ae.includes(e)?e:Ae[0]}}function Lt(t){let e=new URLSearchParams;for(let a of Pt)t[a]&&e.set(a,t[a]);t.sort&&e.set("sort",t.sort),t.desc&&e.set("desc","true"),t.page>1&&e.set("page",String(t.page)),t.size!==Ae[0]&&e.set("size",String(t.size));let n=e.toString();return location.pathname+(n?`?${n}`:"")}var lt=t=>t==="yes"?!0:t==="no"?!1:void 0;function Ht(t,e,n){return{list:t,search:n.trim(),dateField:e.dateField,from:e.dateField?e.from:"",to:e.dateField?e.to:"",teams:e.team?[Number(e.team)]:[],advisorId:e.advisor?Number(e.advisor):void 0,meetingType:e.type,variant:e.variant,channel:e.channel,deadlineExceeded:lt(e.deadline),seen:lt(e.seen),hideOld:e.status==="current"||void 0,sort:e.sort,desc:e.desc||void 0,limit:e.size,offset:(e.page-1)*e.size}}function Mt(t){let e=[],n=(a,r)=>{for(let o of t.filter(l=>(l.parentId??0)===(a??0)).sort((l,b)=>l.name.localeCompare(b.name,"da")))e.push({id:o.id,label:`${"  ".repeat(r)}${o.name}`}),n(o.id,r+1)};n(void 0,0);for(let a of t)e.some(r=>r.id===a.id)||e.push({id:a.id,label:a.name});return e}function dt(t){return{path:t==="pending"?"/afventer":"/opfoelgning",title:()=>m(`title.${t}`),async render(e){await Ot(e,t)}}}async function Ot(t,e){let n=jt(t.query),a=Me[e],r,o,l,b="",p=!0,g,d=[],c=[],T=[],v=new Set,u=0,k=e==="pending",A=i=>c.find(y=>y.id===i)?.name??`#${i}`,O=[{key:"number",label:()=>m("col.number"),sort:"number",cell:i=>s`<a href="/soeg/indkaldelse/${encodeURIComponent(i.number)}">${i.number}</a>`},{key:"name",label:()=>m("col.name"),sort:"name",cell:i=>i.citizenName},{key:"cpr",label:()=>m("col.cpr"),sort:"cpr",cell:i=>i.cprFull||i.cpr,className:"planner-nowrap"},{key:"date",label:()=>m("col.date"),sort:"date",cell:i=>U(i.start),className:"planner-nowrap"},...k?[{key:"rebook",label:()=>m("col.rebook"),cell:i=>L(i.rebookDeadline),className:"planner-nowrap"}]:[],{key:"holding",label:()=>m("col.holding"),sort:"holding_deadline",cell:i=>L(i.holdingDeadline),className:"planner-nowrap"},{key:"deadline",label:()=>m("col.deadline"),sort:"deadline_exceeded",cell:fe},{key:"seen",label:()=>m("col.seen"),sort:"seen",cell:ge},{key:"team",label:()=>m("col.team"),sort:"team",cell:i=>i.teamName},k?{key:"advisor",label:()=>m("col.advisor"),sort:"advisor",cell:i=>i.advisorName}:{key:"advisors",label:()=>m("col.advisors"),sort:"advisor",cell:i=>s`${i.advisors.map((y,w)=>s`${w>0?", ":""}${w===0?s`<strong>${i.advisorName||A(y)}</strong>`:A(y)}`)}`},{key:"room",label:()=>m("col.room"),sort:"room",cell:i=>i.roomName??""},{key:"summoner",label:()=>m("col.summoner"),sort:"summoner",cell:i=>i.summoner},{key:"type",label:()=>m("col.type"),sort:"type",cell:i=>i.variant?`${i.meetingType} – ${i.variant}`:i.meetingType},{key:"jobnet",label:()=>m("col.jobnet"),sort:"jobnet_state",cell:oe},{key:"jobnetAt",label:()=>m("col.jobnetAt"),sort:"jobnet_date",cell:i=>U(i.jobnetAt),className:"planner-nowrap"},{key:"inCalendar",label:()=>m("col.inCalendar"),sort:"in_calendar",cell:i=>ae(i.inCalendar)}],R=(i,y=!1)=>{n={...n,...i,page:y?i.page??n.page:i.page??1},history.replaceState(history.state,"",Lt(n)),V()},V=async()=>{let i=++u;p=!0,te();try{let y=await He(Ht(e,n,a));if(i!==u||t.signal.aborted)return;r=y,o=void 0;let w=Math.max(1,Math.ceil(y.total/n.size));if(n.page>w&&y.total>0){R({page:w},!0);return}}catch(y){if(i!==u)return;o=y,r=void 0}p=!1,te()},Te=async()=>{try{g=(await x("/api/front-page")).pendingCounter,te()}catch{}},vt=async i=>{if(i.form!=="group")return[i.summonsId];let w=(await He({list:"pending",search:i.number,limit:500})).rows.filter(S=>S.meetingId===i.meetingId).map(S=>S.summonsId);return w.length>0?w:[i.summonsId]},ze=async(i,y)=>{l=void 0,b="";try{for(let w of i){let S=await vt(w);for(let f of S)y?v.add(f):v.delete(f);S.length>1&&i.length===1&&Le(m(y?"groupSelected":"groupDeselected",{n:S.length}))}}catch(w){l=w}te()},Be=async i=>{let y=[...v];if(y.length!==0&&!(i==="delete"&&!await ot({title:m("confirmTitle"),body:m("confirmBody",{n:y.length}),ok:m("confirmOk"),danger:!0}))){l=void 0,b="";try{await Z(i==="send"?"/api/summonses/send":"/api/summonses/delete",{ids:y}),v.clear(),b=m(i==="send"?"sent":"deleted",{n:y.length}),Le(b)}catch(w){l=w}await Promise.all([V(),Te()])}},yt=i=>{let y=n.sort||"date";R({sort:i,desc:y===i?!n.desc:!1},!1)},kt=i=>{if(!i.sort)return s`<th scope="col">${i.label()}</th>`;let w=(n.sort||"date")===i.sort?n.desc?"descending":"ascending":void 0;return s`<th scope="col" aria-sort=${w??h}>
      <button class="button button-unstyled planner-sort" type="button" data-sort=${i.sort} @click=${()=>yt(i.sort)}>
        ${i.label()}<span class="sr-only">${m(w==="ascending"?"sortAsc":w==="descending"?"sortDesc":"sortNone")}</span>
        <span class="planner-sort-icon" aria-hidden="true">${w==="ascending"?"▲":w==="descending"?"▼":"↕"}</span>
      </button>
    </th>`},J=(i,y,w,S,f,he="")=>s`<div class="form-group">
      <label class="form-label" for=${i}>${y}</label>
      <select class="form-select" id=${i} name=${i} .value=${w} aria-invalid=${W(o,he)?"true":h}
        @change=${se=>f(se.target.value)}>
        ${S.map(se=>s`<option value=${se.value} ?selected=${se.value===w}>${se.label}</option>`)}
      </select>
    </div>`,Ue=()=>[{value:"",label:m("all")},{value:"yes",label:m("yes")},{value:"no",label:m("no")}],qe=i=>{let y=`${e}-${i}`,w=W(o,i);return s`<div class="form-group ${w?"form-error":""}">
      <label class="form-label" for=${y}>${m(i)}</label>
      ${Y(o,i,y)}
      <input class="form-input planner-date" type="date" id=${y} name=${i} .value=${n[i]} ?disabled=${!n.dateField}
        aria-invalid=${w?"true":h} aria-describedby=${w?`${y}-error`:h}
        @change=${S=>R({[i]:S.target.value})} />
    </div>`},wt=()=>{let i=[...new Set(T.map(f=>f.meetingType).filter(Boolean))].sort((f,he)=>f.localeCompare(he,"da")),y=[...new Set(T.filter(f=>!n.type||f.meetingType===n.type).map(f=>f.variant??"").filter(Boolean))].sort(),w=`${e}-search`,S=W(o,"search");return s`<form class="planner-filters" role="search" aria-label=${m("filters")} @submit=${f=>{f.preventDefault(),a=f.target.querySelector(`#${w}`).value,Me[e]=a,R({})}}>
      <h2 class="h4">${m("filters")}</h2>
      <div class="form-group planner-wide ${S?"form-error":""}">
        <label class="form-label" for=${w}>${m("search")}</label>
        <span class="form-hint" id="${w}-hint">${m("searchHint")}</span>
        ${Y(o,"search",w)}
        <div class="planner-search-row">
          <input class="form-input" type="search" id=${w} name="search" autocomplete="off" .value=${a}
            aria-describedby="${w}-hint${S?` ${w}-error`:""}" />
          <button class="button button-secondary" type="submit">${m("searchButton")}</button>
        </div>
      </div>
      ${J(`${e}-dateField`,m("dateField"),n.dateField,[{value:"",label:m("dateField.none")},{value:"meeting",label:m("dateField.meeting")},{value:"holding_deadline",label:m("dateField.holding_deadline")},{value:"sent",label:m("dateField.sent")}],f=>R(f?{dateField:f}:{dateField:"",from:"",to:""}),"dateField")}
      ${qe("from")}${qe("to")}
      ${J(`${e}-team`,m("team"),n.team,[{value:"",label:m("all")},...Mt(d).map(f=>({value:String(f.id),label:f.label}))],f=>R({team:f}))}
      ${J(`${e}-advisor`,m("advisor"),n.advisor,[{value:"",label:m("all")},...c.map(f=>({value:String(f.id),label:f.name}))],f=>R({advisor:f}))}
      ${J(`${e}-type`,m("type"),n.type,[{value:"",label:m("all")},...i.map(f=>({value:f,label:f}))],f=>R({type:f,variant:""}))}
      ${J(`${e}-variant`,m("variant"),n.variant,[{value:"",label:m("all")},...y.map(f=>({value:f,label:f}))],f=>R({variant:f}))}
      ${J(`${e}-channel`,m("channel"),n.channel,[{value:"",label:m("all")},...["digital","in_person","phone"].map(f=>({value:f,label:ke(f)}))],f=>R({channel:f}))}
      ${J(`${e}-deadline`,m("deadline"),n.deadline,Ue(),f=>R({deadline:f}))}
      ${J(`${e}-seen`,m("seen"),n.seen,Ue(),f=>R({seen:f}))}
      ${J(`${e}-status`,m("status"),n.status,[{value:"",label:m("status.all")},{value:"current",label:m("status.current")}],f=>R({status:f}))}
      <button class="button button-secondary planner-reset" type="button" @click=${()=>{a="",Me[e]="";let f=t.main.querySelector(`#${w}`);f&&(f.value=""),R({dateField:"",from:"",to:"",team:"",advisor:"",type:"",variant:"",channel:"",deadline:"",seen:"",status:"",sort:"",desc:!1})}}>${m("reset")}</button>
    </form>`},At=i=>{let y=i.rows,w=y.length>0&&y.every(S=>v.has(S.summonsId));return s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${m("tableLabel",{list:m(`title.${e}`)})}>
      <table class="table table--compact planner-list" id="${e}-table" aria-busy=${p?"true":"false"}>
        <thead>
          <tr>
            ${k?s`<th scope="col" class="planner-select">
                  <div class="form-group-checkbox">
                    <input id="${e}-check-all" type="checkbox" class="form-checkbox" .checked=${w}
                      @change=${S=>void ze(y,S.target.checked)} />
                    <label for="${e}-check-all">${m("selectAll")}</label>
                  </div>
                </th>`:h}
            ${O.map(kt)}
          </tr>
        </thead>
        <tbody>
          ${y.length===0?s`<tr><td colspan=${O.length+(k?1:0)}>${m("noRows")}</td></tr>`:y.map(S=>s`<tr class=${v.has(S.summonsId)?"planner-selected":""} data-summons=${S.summonsId} data-meeting=${S.meetingId}>
                  ${k?s`<td class="planner-select">
                        <div class="form-group-checkbox">
                          <input id="${e}-check-${S.summonsId}" type="checkbox" class="form-checkbox" .checked=${v.has(S.summonsId)}
                            @change=${f=>void ze([S],f.target.checked)} />
                          <label for="${e}-check-${S.summonsId}"><span class="sr-only">${m("selectRow",{number:S.number,name:S.citizenName})}</span></label>
                        </div>
                      </td>`:h}
                  ${O.map(f=>s`<td class=${f.className??""} data-col=${f.key}>${f.cell(S)}</td>`)}
                </tr>`)}
        </tbody>
      </table>
    </div>`},Tt=i=>{let y=Math.max(1,Math.ceil(i.total/n.size)),w=i.total===0?0:(n.page-1)*n.size+1,S=Math.min(i.total,n.page*n.size);return s`<div class="planner-pager">
      <p class="rows-message" aria-live="polite" aria-atomic="true" data-rows>${m("rows",{first:w,last:S,total:i.total})}</p>
      <div class="form-group planner-pagesize">
        <label class="form-label" for="${e}-size">${m("perPage")}</label>
        <select class="form-select" id="${e}-size" .value=${String(n.size)} @change=${f=>R({size:Number(f.target.value)})}>
          ${Ae.map(f=>s`<option value=${f} ?selected=${f===n.size}>${f}</option>`)}
        </select>
      </div>
      <div class="planner-pagination" role="group" aria-label=${m("paging")}>
        <button class="button button-secondary" type="button" ?disabled=${n.page<=1} @click=${()=>R({page:n.page-1},!0)}>${m("prev")}</button>
        <span data-page>${m("pageOf",{page:n.page,pages:y})}</span>
        <button class="button button-secondary" type="button" ?disabled=${n.page>=y} @click=${()=>R({page:n.page+1},!0)}>${m("next")}</button>
      </div>
    </div>`},St=()=>s`<nav class="planner-listtabs" aria-label=${m("tabs")}>
      <ul>
        <li><a href="/afventer" aria-current=${k?"page":"false"}>${m("title.pending")}${g!==void 0?s` <span class="badge planner-counter" data-counter aria-hidden="true">(${g})</span><span class="sr-only"> – ${m("counter",{n:g})}</span>`:h}</a></li>
        <li><a href="/opfoelgning" aria-current=${k?"false":"page"}>${m("title.follow_up")}</a></li>
      </ul>
    </nav>`,te=()=>{t.signal.aborted||E(s`<h1>${m(`title.${e}`)}</h1>
        ${St()}
        <p>${m(`intro.${e}`)}</p>
        <div class="planner-listlayout">
          ${wt()}
          <section class="planner-listmain" aria-label=${m(`title.${e}`)}>
            ${ve(b)} ${N(l)} ${N(o)}
            ${r?s`${Tt(r)} ${At(r)}`:p?s`<p>${m("loading")}</p>`:h}
            ${k&&r?s`<div class="table-actions planner-actions">
                  <p class="table-selected-number" aria-live="polite" data-selected>${v.size?m("selected",{n:v.size}):m("noneSelected")}</p>
                  <div class="button-group">
                    <button class="button button-primary" type="button" ?disabled=${v.size===0} @click=${()=>void Be("send")}>${m("send")}</button>
                    <button class="button button-secondary" type="button" ?disabled=${v.size===0} @click=${()=>void Be("delete")}>${m("delete")}</button>
                  </div>
                </div>`:h}
          </section>
        </div>`,t.main)};te();let _t=Promise.all([x("/api/teams").then(i=>d=i.teams),x("/api/advisors").then(i=>c=i.advisors),x("/api/offers").then(i=>T=i.offers)]).catch(i=>o=i);await Promise.all([V(),_t,Te()]),te(),t.every(1e4,Te)}var ct=dt("pending"),mt=dt("follow_up");var j=I({title:["Ledige tider","Free times"],intro:["Antal ledige tider pr. onlinetilbud og vejleder i de kommende 12 uger. Det aktuelle tal for ét tilbud ses på tilbuddets side.","Free places per online offer and advisor over the coming 12 weeks. The offer's own page shows its live figure."],offer:["Onlinetilbud","Online offer"],form:["Mødeform","Meeting form"],week:["Uge {n}","Week {n}"],weekLong:["Uge {n} {year}","Week {n} {year}"],none:["Ingen ledige tider","No free times"],noOffers:["Der er ingen aktive onlinetilbud.","There are no active online offers."],showAdvisors:["Vis vejledere for {offer}","Show advisors of {offer}"],allAdvisors:["Alle vejledere (fællesmøde)","All advisors (group meeting)"],explain:["Hvorfor er en tid ikke ledig?","Why is a time not free?"],updated:["Opdateret {time}","Updated {time}"],caption:["Ledige tider pr. uge","Free times per week"],loading:["Henter …","Loading …"]});function zt(t){let[e,n,a]=t.split("-").map(Number),r=new Date(Date.UTC(e,n-1,a)),o=r.getUTCDay()||7;r.setUTCDate(r.getUTCDate()+4-o);let l=Date.UTC(r.getUTCFullYear(),0,1);return{year:r.getUTCFullYear(),week:Math.ceil(((r.getTime()-l)/864e5+1)/7)}}function Bt(t){let[e,n,a]=st(new Date).split("-").map(Number),r=[];for(let o=0;o<t;o++){let l=new Date(Date.UTC(e,n-1,a+7*o)).toISOString().slice(0,10);r.push(zt(l))}return r}var ut={path:"/ledige-tider",title:()=>j("title"),async render(t){let e=new Set,n,a=[],r,o,l=Bt(12),b=d=>d===0?j("allAdvisors"):a.find(c=>c.id===d)?.name??`#${d}`,p=d=>d?s`<td class="planner-num">${d}</td>`:s`<td class="planner-num"><span aria-hidden="true">-</span><span class="sr-only">${j("none")}</span></td>`,g=()=>{t.signal.aborted||E(s`<h1>${j("title")}</h1>
          <p>${j("intro")}</p>
          <p><a href="/ledige-tider/forklar">${j("explain")}</a></p>
          ${N(r)}
          ${n?n.length===0?s`<p>${j("noOffers")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${j("caption")}>
                  <table class="table table--compact planner-freetimes" id="free-times">
                    <caption class="sr-only">${j("caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${j("offer")}</th>
                        <th scope="col">${j("form")}</th>
                        ${l.map(d=>s`<th scope="col" class="planner-num"><abbr title=${j("weekLong",{n:d.week,year:d.year})}>${j("week",{n:d.week})}</abbr></th>`)}
                      </tr>
                    </thead>
                    ${n.map(d=>{let c=u=>d.weeks.filter(k=>k.year===u.year&&k.week===u.week).reduce((k,A)=>k+A.count,0),T=[...new Set(d.weeks.map(u=>u.advisorId))],v=e.has(d.offerId);return s`<tbody data-offer=${d.offerId}>
                        <tr class="planner-offerrow">
                          <th scope="row">
                            ${T.length>0?s`<button class="button button-unstyled planner-expand" type="button" aria-expanded=${v?"true":"false"}
                                  aria-controls=${T.map(u=>`ft-${d.offerId}-${u}`).join(" ")} @click=${()=>{v?e.delete(d.offerId):e.add(d.offerId),g()}}><span aria-hidden="true">${v?"▾":"▸"}</span><span class="sr-only">${j("showAdvisors",{offer:d.name})}</span></button>`:h}
                            <a href="/tilbud/${d.offerId}">${d.name}</a>
                          </th>
                          <td>${we(d.form)}</td>
                          ${l.map(u=>p(c(u)))}
                        </tr>
                        ${T.map(u=>s`<tr class="planner-advisorrow" id="ft-${d.offerId}-${u}" ?hidden=${!v} data-advisor=${u}>
                            <th scope="row" class="planner-indent">${b(u)}</th>
                            <td></td>
                            ${l.map(k=>p(d.weeks.find(A=>A.advisorId===u&&A.year===k.year&&A.week===k.week)?.count))}
                          </tr>`)}
                      </tbody>`})}
                  </table>
                </div>
                ${o?s`<p class="form-hint">${j("updated",{time:M(o)})}</p>`:h}`:r?h:s`<p>${j("loading")}</p>`}`,t.main)};g();try{let[d,c]=await Promise.all([x("/api/free-times-overview?weeks=12"),x("/api/advisors")]);n=d.offers,a=c.advisors,o=new Date}catch(d){r=d}g()}};var D=I({title:["Hvorfor er tiden ikke ledig?","Why is this time not free?"],intro:["Vælg et onlinetilbud, en vejleder og et tidspunkt. Planner svarer, om tiden er ledig, og ellers hvad der forhindrer den.","Choose an online offer, an advisor and a time. Planner answers whether the time is free and, if not, what stands in its way."],back:["Tilbage til ledige tider","Back to free times"],offer:["Onlinetilbud","Online offer"],chooseOffer:["Vælg et tilbud","Choose an offer"],inactive:["{name} (ikke aktivt)","{name} (not active)"],advisor:["Vejleder","Advisor"],chooseAdvisor:["Vælg en vejleder","Choose an advisor"],date:["Dato","Date"],time:["Klokkeslæt","Time"],submit:["Undersøg tiden","Check the time"],required:["Skal udfyldes","Is required"],free:["Tiden {when} er ledig hos {advisor}.","The time {when} is free with {advisor}."],notFree:["Tiden {when} er ikke ledig hos {advisor}:","The time {when} is not free with {advisor}:"],answer:["Svar","Answer"],detail:["Detaljer: {text}","Details: {text}"],"code.offer_inactive":["Tilbuddet er ikke aktivt.","The offer is not active."],"code.offer_not_open":["Tilbuddet er endnu ikke åbnet for booking.","The offer is not yet open for booking."],"code.advisor_not_on_offer":["Vejlederen er ikke tilknyttet tilbuddet.","The advisor is not on the offer."],"code.off_grid":["Tidspunktet passer ikke med tilbuddets starttidspunkter.","The time is not one of the offer's start times."],"code.notice":["En booking kræver mindst 1 dags varsel.","A booking needs 1 day's notice."],"code.before_first_date":["Tidspunktet ligger før tilbuddets første mødedato.","The time is before the offer's first meeting date."],"code.window":["Tidspunktet ligger uden for bookingperioden.","The time is outside the booking period."],"code.holiday":["Jobcentret har lukket den dag.","The job centre is closed that day."],"code.outside_hours":["Tidspunktet ligger uden for vejlederens arbejdstid.","The time is outside the advisor's working hours."],"code.absence":["Vejlederen er fraværende.","The advisor is absent."],"code.external_busy":["Vejlederens egen kalender er optaget.","The advisor's own calendar is busy."],"code.calendar_unreadable":["Vejlederens egen kalender kan ikke læses, så der tilbydes ingen tider.","The advisor's own calendar cannot be read, so no time is offered."],"code.meeting":["Vejlederen har et andet møde (afrapporteringstid medregnet).","The advisor has another meeting (reporting time included)."],"code.room_busy":["Lokalet er optaget.","The room is booked."],"code.no_session":["Ingen session i tilbuddet starter på dette tidspunkt.","No session of the offer starts at this time."],"code.seats_full":["Alle pladser er optaget.","Every seat is taken."],"code.seats_kept":["De resterende pladser er reserveret til ombooking.","The seats left are kept for rebooking."],busy:["Optaget {from}–{to}","Busy {from}–{to}"]});function Ut(t,e){let[n,a,r]=t.split("-").map(Number),[o,l]=e.split(":").map(Number),b=Date.UTC(n,a-1,r,o,l),p=new Intl.DateTimeFormat("en-GB",{timeZone:pe,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}),g=c=>{let T=p.formatToParts(new Date(c)),v=u=>Number(T.find(k=>k.type===u)?.value);return Date.UTC(v("year"),v("month")-1,v("day"),v("hour"),v("minute"),v("second"))-c},d=b-g(b);return d=b-g(d),new Date(d)}var qt=t=>t.toISOString().replace(/\.\d{3}Z$/,"Z"),pt={path:"/ledige-tider/forklar",title:()=>D("title"),async render(t){let e=[],n=[],a={offer:t.query.get("offer")??"",advisor:t.query.get("advisor")??"",date:t.query.get("date")??"",time:t.query.get("time")??""},r,o,l=!1,b=()=>e.find(u=>String(u.id)===a.offer),p=u=>n.find(k=>String(k.id)===u)?.name??u,g=()=>{let u=["offer","advisor","date","time"].filter(k=>!a[k]).map(k=>({field:k,reason:D("required")}));return u.length?new F(422,D("required"),"",u,""):void 0},d=async()=>{if(o=void 0,r=g(),r)return v();l=!0,v();try{let u=Ut(a.date,a.time),k=await x(`/api/offers/${a.offer}/explain${Pe({advisorId:a.advisor,start:qt(u)})}`);if(t.signal.aborted)return;o={...k,when:`${L(u)} ${M(u)}`,advisor:p(a.advisor)}}catch(u){r=u instanceof F&&u.fields.length?new F(u.status,u.title,u.detail,u.fields.map(k=>({field:k.field==="advisorId"?"advisor":k.field==="start"?"date":k.field==="id"?"offer":k.field,reason:k.reason})),u.type,u.code):u}l=!1,v(),t.main.querySelector("#explain-answer")?.focus()},c=(u,k)=>{let A=`explain-${u}`,O=W(r,u);return s`<div class="form-group ${O?"form-error":""}">
        <label class="form-label" for=${A}>${D(u)}</label>
        ${Y(r,u,A)}
        <input class="form-input planner-date" id=${A} name=${u} type=${k} .value=${a[u]} step=${k==="time"?"300":h}
          aria-invalid=${O?"true":h} aria-describedby=${O?`${A}-error`:h}
          @change=${R=>a[u]=R.target.value} />
      </div>`},T=(u,k,A)=>{let O=`explain-${u}`,R=W(r,u);return s`<div class="form-group ${R?"form-error":""}">
        <label class="form-label" for=${O}>${D(u)}</label>
        ${Y(r,u,O)}
        <select class="form-select" id=${O} name=${u} .value=${a[u]} aria-invalid=${R?"true":h} aria-describedby=${R?`${O}-error`:h}
          @change=${V=>{a[u]=V.target.value,u==="offer"&&!b()?.advisors.map(String).includes(a.advisor)&&(a.advisor=""),v()}}>
          <option value="" ?selected=${!a[u]}>${A}</option>
          ${k.map(V=>s`<option value=${V.value} ?selected=${V.value===a[u]}>${V.label}</option>`)}
        </select>
      </div>`},v=()=>{if(t.signal.aborted)return;let u=b(),k=u?n.filter(A=>u.advisors.includes(A.id)):n;E(s`<p><a href="/ledige-tider" class="back-link">${D("back")}</a></p>
          <h1>${D("title")}</h1>
          <p>${D("intro")}</p>
          <form class="planner-explain" novalidate @submit=${A=>{A.preventDefault(),history.replaceState(history.state,"",location.pathname+Pe(a)),d()}}>
            ${T("offer",e.map(A=>({value:String(A.id),label:A.active?A.name:D("inactive",{name:A.name})})),D("chooseOffer"))}
            ${T("advisor",k.map(A=>({value:String(A.id),label:A.name})),D("chooseAdvisor"))}
            <div class="planner-daterange">${c("date","date")} ${c("time","time")}</div>
            <button class="button button-primary" type="submit" ?disabled=${l}>${D("submit")}</button>
          </form>
          ${r instanceof F&&r.fields.length?h:N(r)}
          ${o?s`<section id="explain-answer" tabindex="-1" aria-label=${D("answer")} class="planner-answer">
                ${o.free?ve(D("free",{when:o.when,advisor:o.advisor})):s`<div class="alert alert-warning" role="status">
                      <div class="alert-body">
                        <p class="alert-heading">${D("notFree",{when:o.when,advisor:o.advisor})}</p>
                        <ul class="planner-obstacles">
                          ${o.obstacles.map(A=>s`<li data-code=${A.code}>
                              <strong>${D(`code.${A.code}`)}</strong>
                              ${A.interval?s` ${D("busy",{from:`${L(A.interval.start)} ${M(A.interval.start)}`,to:M(A.interval.end)})}.`:h}
                              <br /><span class="form-hint" data-detail>${D("detail",{text:B()==="da"&&A.detailDa||A.detail})}</span>
                            </li>`)}
                        </ul>
                      </div>
                    </div>`}
              </section>`:h}`,t.main)};v();try{let[u,k]=await Promise.all([x("/api/offers"),x("/api/advisors")]);e=u.offers,n=k.advisors}catch(u){r=u}v(),a.offer&&a.advisor&&a.date&&a.time&&await d()}};var $=I({card:["Borgerkort","Citizen card"],name:["Navn","Name"],cpr:["CPR-nr.","CPR no."],contactGroup:["Kontaktgruppe","Contact group"],assessment:["Visitationsgruppe","Assessment group"],registeredSince:["Tilmeldt siden","Registered since"],inActivation:["I aktivering","In activation"],otherActor:["Hos anden aktør","With an other actor"],fund:["A-kasse","Unemployment fund"],bookingDeadline:["Bookingfrist","Booking deadline"],dropDate:["Falddato","Drop date"],summonses:["Borgerens indkaldelser","The citizen's summonses"],noSummonses:["Borgeren har ingen indkaldelser.","The citizen has no summonses."],"col.number":["Indkaldelsesnr.","Summons no."],"col.date":["Dato og tid","Date and time"],"col.type":["Type","Type"],"col.state":["Status","State"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.at":["Tidspunkt","Time"],"col.actor":["Udført af","By"],"col.action":["Handling","Action"],"col.entity":["Gælder","Concerns"],summons:["Indkaldelse {number}","Summons {number}"],details:["Detaljer","Details"],state:["Status","State"],when:["Mødetidspunkt","Meeting time"],form:["Mødeform","Meeting form"],type:["Samtaletype","Meeting type"],channel:["Afholdelsesform","Channel"],team:["Team","Team"],advisors:["Vejledere","Advisors"],room:["Lokale","Room"],summoner:["Indkalder","Summoner"],holding:["Afholdelsesfrist","Holding deadline"],seen:["Set af borgeren","Seen by the citizen"],notSeen:["Ikke set endnu","Not seen yet"],jobnet:["Jobnet sync","Jobnet sync"],inCalendar:["Overført til kalender","Transferred to calendar"],participants:["Deltagere ({n})","Participants ({n})"],audit:["Revisionslog","Revision log"],noAudit:["Ingen ændringer er logget.","No changes are logged."],"action.create":["Oprettet","Created"],"action.update":["Ændret","Changed"],"action.send":["Sendt til Jobnet","Sent to Jobnet"],"action.move":["Flyttet","Moved"],"action.cancel":["Aflyst","Cancelled"],"action.delete":["Slettet","Deleted"],"entity.meeting":["Mødet","The meeting"],"entity.summons":["Indkaldelse","Summons"],"entity.offer":["Tilbuddet","The offer"],notFound:["Indkaldelsen findes ikke","Summons not found"],notFoundBody:["Der er ingen indkaldelse med nummeret {number} i jobcentret.","There is no summons numbered {number} in the job centre."],back:["Tilbage til søgning","Back to search"],loading:["Henter …","Loading …"]}),C=(t,e,n="")=>s`<div><dt>${t}</dt><dd data-fact=${n||h}>${e||"–"}</dd></div>`;function ft(t,e,n){let a=[...n].sort((r,o)=>o.start.localeCompare(r.start));return s`<section class="planner-card" aria-labelledby="citizen-card-h">
    <h2 id="citizen-card-h" tabindex="-1">${$("card")}: ${t.name}</h2>
    <dl class="planner-facts">
      ${C($("name"),t.name,"name")} ${C($("cpr"),e,"cpr")} ${C($("contactGroup"),t.contactGroup??"")}
      ${C($("assessment"),t.assessment??"")} ${C($("registeredSince"),L(t.registeredSince))}
      ${C($("inActivation"),ae(!!t.inActivation))} ${C($("otherActor"),ae(!!t.otherActor))}
      ${C($("fund"),t.unemploymentFund??"")} ${C($("bookingDeadline"),L(t.bookingDeadline))}
      ${C($("dropDate"),L(t.dropDate))}
    </dl>
    <h3>${$("summonses")}</h3>
    ${a.length===0?s`<p>${$("noSummonses")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${$("summonses")}>
          <table class="table table--compact" id="citizen-summonses">
            <thead>
              <tr>
                <th scope="col">${$("col.number")}</th>
                <th scope="col">${$("col.date")}</th>
                <th scope="col">${$("col.type")}</th>
                <th scope="col">${$("col.state")}</th>
                <th scope="col">${$("col.team")}</th>
                <th scope="col">${$("col.advisor")}</th>
                <th scope="col">${$("col.jobnet")}</th>
              </tr>
            </thead>
            <tbody>
              ${a.map(r=>s`<tr>
                  <td><a href="/soeg/indkaldelse/${encodeURIComponent(r.number)}">${r.number}</a></td>
                  <td class="planner-nowrap">${U(r.start)}</td>
                  <td>${r.meetingType}${r.variant?` – ${r.variant}`:""}</td>
                  <td>${ye(r.state)}</td>
                  <td>${r.teamName}</td>
                  <td>${r.advisorName}</td>
                  <td>${oe(r)}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
  </section>`}var gt={path:"/soeg/indkaldelse/:number",title:()=>$("summons",{number:""}).trim(),async render(t){let e=t.params.number,n=c=>E(s`<p><a href="/soeg" class="back-link">${$("back")}</a></p><h1>${$("summons",{number:e})}</h1>${c}`,t.main);n(s`<p>${$("loading")}</p>`);let a,r=[];try{let[c,T]=await Promise.all([Z("/api/search",{q:e}),x("/api/advisors")]);a=c.summonses,r=T.advisors}catch(c){n(s`${N(c)}`);return}if(t.signal.aborted)return;let o=a.find(c=>c.number===e);if(!o){n(s`<p>${$("notFoundBody",{number:e})}</p>`);return}let l,b;try{l=(await x(`/api/meetings/${o.meetingId}/audit`)).entries}catch(c){b=c}if(t.signal.aborted)return;let p=c=>r.find(T=>T.id===c)?.name??`#${c}`,g=a.filter(c=>c.meetingId===o.meetingId),d=c=>c.entity==="summons"?g.find(T=>T.summonsId===c.entityId)?.number??`#${c.entityId}`:"";n(s`<dl class="planner-facts" aria-label=${$("details")}>
        ${C($("state"),ye(o.state),"state")}
        ${C($("when"),`${U(o.start)}`,"when")}
        ${C($("form"),we(o.form))}
        ${C($("type"),o.variant?`${o.meetingType} – ${o.variant}`:o.meetingType)}
        ${C($("channel"),ke(o.channel))}
        ${C($("team"),o.teamName)}
        ${C($("advisors"),s`${o.advisors.map((c,T)=>s`${T>0?", ":""}${T===0?s`<strong>${p(c)}</strong>`:p(c)}`)}`)}
        ${C($("room"),o.roomName??"")}
        ${C($("summoner"),o.summoner)}
        ${C($("holding"),s`${L(o.holdingDeadline)} ${fe(o)}`)}
        ${C($("seen"),o.seenAt?s`${ge(o)} ${U(o.seenAt)}`:$("notSeen"))}
        ${C($("jobnet"),s`${oe(o)} ${o.jobnetAt?U(o.jobnetAt):""}`,"jobnet")}
        ${C($("inCalendar"),ae(o.inCalendar))}
      </dl>
      <h2>${$("participants",{n:g.length})}</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${$("participants",{n:g.length})}>
        <table class="table table--compact" id="summons-participants">
          <thead>
            <tr>
              <th scope="col">${$("col.number")}</th>
              <th scope="col">${$("col.name")}</th>
              <th scope="col">${$("col.cpr")}</th>
              <th scope="col">${$("col.state")}</th>
              <th scope="col">${$("col.deadline")}</th>
              <th scope="col">${$("col.seen")}</th>
              <th scope="col">${$("col.jobnet")}</th>
            </tr>
          </thead>
          <tbody>
            ${g.map(c=>s`<tr>
                <td>${c.number===e?s`<strong>${c.number}</strong>`:s`<a href="/soeg/indkaldelse/${encodeURIComponent(c.number)}">${c.number}</a>`}</td>
                <td>${c.citizenName}</td>
                <td>${c.cpr}</td>
                <td>${ye(c.state)}</td>
                <td>${fe(c)}</td>
                <td>${ge(c)}</td>
                <td>${oe(c)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      <h2>${$("audit")}</h2>
      ${b?N(b):!l||l.length===0?s`<p>${$("noAudit")}</p>`:s`<table class="table table--compact" id="summons-audit">
              <thead>
                <tr>
                  <th scope="col">${$("col.at")}</th>
                  <th scope="col">${$("col.action")}</th>
                  <th scope="col">${$("col.entity")}</th>
                  <th scope="col">${$("col.actor")}</th>
                </tr>
              </thead>
              <tbody>
                ${l.map(c=>s`<tr>
                    <td class="planner-nowrap">${L(c.at)} ${M(c.at)}</td>
                    <td>${$(`action.${c.action}`)||c.action}</td>
                    <td>${$(`entity.${c.entity}`)} ${d(c)}</td>
                    <td>${c.actor}</td>
                  </tr>`)}
              </tbody>
            </table>`}`)}};var H=I({title:["Søg","Search"],intro:["Søg på en borgers CPR-nummer for at åbne borgerkortet, eller på et indkaldelsesnummer for at åbne indkaldelsen.","Search by a citizen's CPR number to open the citizen card, or by a summons number to open the summons."],label:["CPR-nr. eller indkaldelsesnr.","CPR no. or summons no."],hint:["Fx 010190-1234 eller 10100-819387","E.g. 010190-1234 or 10100-819387"],button:["Søg","Search"],required:["Skriv et CPR-nummer eller et indkaldelsesnummer.","Enter a CPR number or a summons number."],notFound:["Der er ingen borger eller indkaldelse med det nummer i jobcentret.","There is no citizen or summons with that number in the job centre."],noSummons:["Der er ingen indkaldelse med det nummer.","There is no summons with that number."]}),q;function Vt(t){let e=t.replace(/\D/g,"");return e.length===10?`${e.slice(0,6)}-${e.slice(6)}`:t}var ht={path:"/soeg",title:()=>H("title"),render(t){let e,n=!1,a=q?.q??"",r=async l=>{if(l.preventDefault(),a=t.main.querySelector("#search-q").value.trim(),!a){e=new F(422,H("required"),H("required"),[{field:"q",reason:H("required")}],""),o();return}n=!0,e=void 0,o();try{let p=await Z("/api/search",{q:a});if(t.signal.aborted)return;if(p.citizen)q={q:a,cpr:Vt(a),answer:p};else if(p.summonses.length>0){q=void 0,t.navigate(`/soeg/indkaldelse/${encodeURIComponent(a)}`);return}else q=void 0,e=new F(404,H("noSummons"),H("noSummons"),[{field:"q",reason:H("noSummons")}],"")}catch(p){q=void 0,e=p instanceof F&&p.status===404?new F(404,H("notFound"),H("notFound"),[{field:"q",reason:H("notFound")}],""):p}n=!1,o(),q&&t.main.querySelector("#citizen-card-h")?.focus()},o=()=>{let l=W(e,"q");E(s`<h1>${H("title")}</h1>
          <p>${H("intro")}</p>
          <form class="planner-searchform" role="search" @submit=${r}>
            <div class="form-group ${l?"form-error":""}">
              <label class="form-label" for="search-q">${H("label")}</label>
              <span class="form-hint" id="search-q-hint">${H("hint")}</span>
              ${Y(e,"q","search-q")}
              <div class="planner-search-row">
                <input class="form-input" id="search-q" name="q" type="search" autocomplete="off" .value=${a}
                  aria-invalid=${l?"true":h} aria-describedby="search-q-hint${l?" search-q-error":""}" />
                <button class="button button-primary" type="submit" ?disabled=${n}>${H("button")}</button>
              </div>
            </div>
          </form>
          ${l?h:N(e)}
          ${q?.answer.citizen?ft(q.answer.citizen,q.cpr,q.answer.summonses):h}`,t.main)};o()}};var _=I({title:["Kalenderforbindelser","Calendar connections"],intro:["Forbindelsen til hver vejleders egen kalender. En vejleder, hvis kalender ikke kan læses, får ikke tilbudt tider, før den læses igen.","The connection to each advisor's own calendar. An advisor whose calendar cannot be read is offered no times until it is read again."],advisor:["Vejleder","Advisor"],team:["Team","Team"],kind:["Kalender","Calendar"],lastRead:["Sidst læst","Last read"],lag:["Forsinkelse","Lag"],error:["Fejl","Error"],healthy:["I orden","Healthy"],offered:["Tilbydes tider","Offered"],"kind.caldav":["CalDAV","CalDAV"],"kind.graph":["Outlook (Microsoft 365)","Outlook (Microsoft 365)"],none:["Ingen forbindelse","Not connected"],never:["Aldrig","Never"],yes:["Ja","Yes"],no:["Nej","No"],seconds:["{n} sek.","{n} s"],minutes:["{n} min.","{n} min"],hours:["{n} t.","{n} h"],days:["{n} døgn","{n} days"],authFailed:["Kalenderen afviste brugernavn eller adgangskode.","The calendar refused the user name or password."],writeError:["Skrivning fejlede: {error}","Writing failed: {error}"],retired:["{n} tidligere kalendere ryddes op","{n} earlier calendars being cleaned up"],updated:["Opdateret {time} — opdateres hvert 10. sekund","Updated {time} — refreshed every 10 seconds"],caption:["Vejledernes kalenderforbindelser","The advisors' calendar connections"],loading:["Henter …","Loading …"]}),Jt=t=>!!t&&!t.startsWith("0001-01-01");function Wt(t){if(t===void 0)return _("never");let e=Math.max(0,Math.round(t));return e<120?_("seconds",{n:e}):e<7200?_("minutes",{n:Math.round(e/60)}):e<172800?_("hours",{n:Math.round(e/3600)}):_("days",{n:Math.round(e/86400)})}var bt={path:"/forbindelser",title:()=>_("title"),async render(t){let e,n=[],a=new Map,r,o,l=(g,d)=>s`<span class="planner-flag planner-flag--${g?"ok":"bad"} ${d}">${_(g?"yes":"no")}</span>`,b=()=>{t.signal.aborted||E(s`<h1>${_("title")}</h1>
          <p>${_("intro")}</p>
          ${N(r)}
          ${e?s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${_("caption")}>
                <table class="table table--compact" id="connections">
                  <caption class="sr-only">${_("caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${_("advisor")}</th>
                      <th scope="col">${_("team")}</th>
                      <th scope="col">${_("kind")}</th>
                      <th scope="col">${_("lastRead")}</th>
                      <th scope="col">${_("lag")}</th>
                      <th scope="col">${_("healthy")}</th>
                      <th scope="col">${_("offered")}</th>
                      <th scope="col">${_("error")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${e.map(g=>{let d=a.get(g.id),c=n.find(u=>u.id===g.teamId)?.name??"";if(!d)return s`<tr data-advisor=${g.id}><th scope="row">${g.name}</th><td>${c}</td><td colspan="6">${_("loading")}</td></tr>`;if(d instanceof Error)return s`<tr data-advisor=${g.id}><th scope="row">${g.name}</th><td>${c}</td><td colspan="6">${N(d)}</td></tr>`;let T=[d.state.authFailed?_("authFailed"):"",d.state.lastError??"",d.state.writeError?_("writeError",{error:d.state.writeError}):"",!d.offered&&d.reason&&d.reason!==d.state.lastError?d.reason:""].filter(Boolean),v=d.retired.filter(u=>u.state!=="cleaned").length;return s`<tr data-advisor=${g.id}>
                        <th scope="row">${g.name}</th>
                        <td>${c}</td>
                        <td data-col="kind">${d.connected?_(`kind.${d.kind}`):_("none")}</td>
                        <td data-col="lastRead" class="planner-nowrap">${d.connected?Jt(d.state.lastSuccess)?U(d.state.lastSuccess):_("never"):"–"}</td>
                        <td data-col="lag">${d.connected?Wt(d.lagSeconds):"–"}</td>
                        <td data-col="healthy">${d.connected?l(d.healthy,""):"–"}</td>
                        <td data-col="offered">${l(d.offered,"")}</td>
                        <td data-col="error">
                          ${T.map(u=>s`<p class="planner-error-text">${u}</p>`)}
                          ${v?s`<p class="form-hint">${_("retired",{n:v})}</p>`:h}
                        </td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${o?s`<p class="form-hint" aria-live="off">${_("updated",{time:M(o)})}</p>`:h}`:r?h:s`<p>${_("loading")}</p>`}`,t.main)},p=async()=>{try{if(!e){let[g,d]=await Promise.all([x("/api/advisors"),x("/api/teams")]);e=g.advisors,n=d.teams,b()}await Promise.all(e.map(async g=>{try{a.set(g.id,await x(`/api/advisors/${g.id}/calendar/status`))}catch(d){a.set(g.id,d instanceof Error?d:new Error(String(d)))}})),r=void 0,o=new Date}catch(g){r=g}b()};b(),await p(),t.every(1e4,p)}};var Oe=[it,ct,mt,ut,pt,ht,gt,bt];var P=I({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),Gt=[{path:"/",label:()=>P("nav.front")},{path:"/kalender",label:()=>P("nav.calendar")},{path:"/tilbud",label:()=>P("nav.offers")},{path:"/afventer",label:()=>P("nav.pending")},{path:"/opfoelgning",label:()=>P("nav.followUp")},{path:"/ledige-tider",label:()=>P("nav.freeTimes")},{path:"/soeg",label:()=>P("nav.search")},{path:"/forbindelser",label:()=>P("nav.connections")},{path:"/admin",label:()=>P("nav.admin"),roles:["admin"]}],Kt={path:"",title:()=>P("notFound.title"),render:t=>{E(s`<h1>${P("notFound.title")}</h1><p>${P("notFound.body")}</p><p><a href="/">${P("notFound.front")}</a></p>`,t.main)}};function $t(t){return t==="/"?"/":"/"+t.split("/")[1]}function Zt(t,e,n,a){let r=Gt.filter(o=>Oe.some(l=>l.path===o.path&&(!l.roles||l.roles.includes(t.role)))&&(!o.roles||o.roles.includes(t.role)));E(s`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${t.name}, ${P(`role.${t.role}`)} · ${t.jobcenter}</p>
              <button class="function-link" type="button" lang=${B()==="da"?"en":"da"} @click=${a}>${P("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${t.csrf??""} />
                <button class="function-link" type="submit">${P("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${P("nav.label")}>
              <ul class="mainmenu">
                ${r.map(o=>s`<li class=${$t(e)===o.path?"active current":""}>
                      <a href=${o.path} class="nav-link" aria-current=${$t(e)===o.path?"page":"false"}><span>${o.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function Yt(){let t=document.getElementById("app"),e=await x("/api/session");rt(e.csrf??""),document.documentElement.lang=B(),t.replaceChildren();let n=document.createElement("div"),a=document.createElement("main");a.id="main-content",a.className="container page-container";let r=document.createElement("div");r.id="announce",r.className="sr-only",r.setAttribute("aria-live","polite"),t.append(n,a,r);let o=location.pathname,l=()=>Zt(e,o,n,p),b=new $e(Oe,e,a,Kt,g=>{o=g,l()});function p(){tt(B()==="da"?"en":"da"),b.show(!1)}await b.show(!1)}Yt();
