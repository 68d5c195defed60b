var Ft=globalThis,ut=Ft.trustedTypes,on=ut?ut.createPolicy("lit-html",{createHTML:e=>e}):void 0,Pt="$lit$",$e=`lit$${Math.random().toFixed(9).slice(2)}$`,Lt="?"+$e,rr=`<${Lt}>`,Ie=document,Je=()=>Ie.createComment(""),Ke=e=>e===null||typeof e!="object"&&typeof e!="function",Bt=Array.isArray,un=e=>Bt(e)||typeof e?.[Symbol.iterator]=="function",jt=`[ 	
\f\r]`,qe=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,sn=/-->/g,ln=/>/g,xe=RegExp(`>|${jt}(?:([^\\s"'>=/]+)(${jt}*=${jt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),dn=/'/g,cn=/"/g,pn=/^(?:script|style|textarea|title)$/i,zt=e=>(t,...n)=>({_$litType$:e,strings:t,values:n}),s=zt(1),Dr=zt(2),_r=zt(3),he=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),mn=new WeakMap,Ce=Ie.createTreeWalker(Ie,129);function fn(e,t){if(!Bt(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return on!==void 0?on.createHTML(t):t}var gn=(e,t)=>{let n=e.length-1,r=[],o,a=t===2?"<svg>":t===3?"<math>":"",l=qe;for(let m=0;m<n;m++){let c=e[m],p,u,v=-1,w=0;for(;w<c.length&&(l.lastIndex=w,u=l.exec(c),u!==null);)w=l.lastIndex,l===qe?u[1]==="!--"?l=sn:u[1]!==void 0?l=ln:u[2]!==void 0?(pn.test(u[2])&&(o=RegExp("</"+u[2],"g")),l=xe):u[3]!==void 0&&(l=xe):l===xe?u[0]===">"?(l=o??qe,v=-1):u[1]===void 0?v=-2:(v=l.lastIndex-u[2].length,p=u[1],l=u[3]===void 0?xe:u[3]==='"'?cn:dn):l===cn||l===dn?l=xe:l===sn||l===ln?l=qe:(l=xe,o=void 0);let $=l===xe&&e[m+1].startsWith("/>")?" ":"";a+=l===qe?c+rr:v>=0?(r.push(p),c.slice(0,v)+Pt+c.slice(v)+$e+$):c+$e+(v===-2?m:$)}return[fn(e,a+(e[n]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),r]},Ze=class e{constructor({strings:t,_$litType$:n},r){let o;this.parts=[];let a=0,l=0,m=t.length-1,c=this.parts,[p,u]=gn(t,n);if(this.el=e.createElement(p,r),Ce.currentNode=this.el.content,n===2||n===3){let v=this.el.content.firstChild;v.replaceWith(...v.childNodes)}for(;(o=Ce.nextNode())!==null&&c.length<m;){if(o.nodeType===1){if(o.hasAttributes())for(let v of o.getAttributeNames())if(v.endsWith(Pt)){let w=u[l++],$=o.getAttribute(v).split($e),b=/([.?@])?(.*)/.exec(w);c.push({type:1,index:a,name:b[2],strings:$,ctor:b[1]==="."?ft:b[1]==="?"?gt:b[1]==="@"?ht:Me}),o.removeAttribute(v)}else v.startsWith($e)&&(c.push({type:6,index:a}),o.removeAttribute(v));if(pn.test(o.tagName)){let v=o.textContent.split($e),w=v.length-1;if(w>0){o.textContent=ut?ut.emptyScript:"";for(let $=0;$<w;$++)o.append(v[$],Je()),Ce.nextNode(),c.push({type:2,index:++a});o.append(v[w],Je())}}}else if(o.nodeType===8)if(o.data===Lt)c.push({type:2,index:a});else{let v=-1;for(;(v=o.data.indexOf($e,v+1))!==-1;)c.push({type:7,index:a}),v+=$e.length-1}a++}}static createElement(t,n){let r=Ie.createElement("template");return r.innerHTML=t,r}};function Ee(e,t,n=e,r){if(t===he)return t;let o=r!==void 0?n._$Co?.[r]:n._$Cl,a=Ke(t)?void 0:t._$litDirective$;return o?.constructor!==a&&(o?._$AO?.(!1),a===void 0?o=void 0:(o=new a(e),o._$AT(e,n,r)),r!==void 0?(n._$Co??=[])[r]=o:n._$Cl=o),o!==void 0&&(t=Ee(e,o._$AS(e,t.values),o,r)),t}var pt=class{constructor(t,n){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:n},parts:r}=this._$AD,o=(t?.creationScope??Ie).importNode(n,!0);Ce.currentNode=o;let a=Ce.nextNode(),l=0,m=0,c=r[0];for(;c!==void 0;){if(l===c.index){let p;c.type===2?p=new je(a,a.nextSibling,this,t):c.type===1?p=new c.ctor(a,c.name,c.strings,this,t):c.type===6&&(p=new bt(a,this,t)),this._$AV.push(p),c=r[++m]}l!==c?.index&&(a=Ce.nextNode(),l++)}return Ce.currentNode=Ie,o}p(t){let n=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,n),n+=r.strings.length-2):r._$AI(t[n])),n++}},je=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,n,r,o){this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=n,this._$AM=r,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,n=this._$AM;return n!==void 0&&t?.nodeType===11&&(t=n.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,n=this){t=Ee(this,t,n),Ke(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==he&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):un(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==f&&Ke(this._$AH)?this._$AA.nextSibling.data=t:this.T(Ie.createTextNode(t)),this._$AH=t}$(t){let{values:n,_$litType$:r}=t,o=typeof r=="number"?this._$AC(t):(r.el===void 0&&(r.el=Ze.createElement(fn(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===o)this._$AH.p(n);else{let a=new pt(o,this),l=a.u(this.options);a.p(n),this.T(l),this._$AH=a}}_$AC(t){let n=mn.get(t.strings);return n===void 0&&mn.set(t.strings,n=new Ze(t)),n}k(t){Bt(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,o=0;for(let a of t)o===n.length?n.push(r=new e(this.O(Je()),this.O(Je()),this,this.options)):r=n[o],r._$AI(a),o++;o<n.length&&(this._$AR(r&&r._$AB.nextSibling,o),n.length=o)}_$AR(t=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);t!==this._$AB;){let r=t.nextSibling;t.remove(),t=r}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},Me=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,n,r,o,a){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=n,this._$AM=o,this.options=a,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=f}_$AI(t,n=this,r,o){let a=this.strings,l=!1;if(a===void 0)t=Ee(this,t,n,0),l=!Ke(t)||t!==this._$AH&&t!==he,l&&(this._$AH=t);else{let m=t,c,p;for(t=a[0],c=0;c<a.length-1;c++)p=Ee(this,m[r+c],n,c),p===he&&(p=this._$AH[c]),l||=!Ke(p)||p!==this._$AH[c],p===f?t=f:t!==f&&(t+=(p??"")+a[c+1]),this._$AH[c]=p}l&&!o&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},ft=class extends Me{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},gt=class extends Me{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==f)}},ht=class extends Me{constructor(t,n,r,o,a){super(t,n,r,o,a),this.type=5}_$AI(t,n=this){if((t=Ee(this,t,n,0)??f)===he)return;let r=this._$AH,o=t===f&&r!==f||t.capture!==r.capture||t.once!==r.once||t.passive!==r.passive,a=t!==f&&(r===f||o);o&&this.element.removeEventListener(this.name,this,r),a&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},bt=class{constructor(t,n,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=n,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){Ee(this,t)}},hn={M:Pt,P:$e,A:Lt,C:1,L:gn,R:pt,D:un,V:Ee,I:je,H:Me,N:gt,U:ht,B:ft,F:bt},ar=Ft.litHtmlPolyfillSupport;ar?.(Ze,je),(Ft.litHtmlVersions??=[]).push("3.3.1");var L=(e,t,n)=>{let r=n?.renderBefore??t,o=r._$litPart$;if(o===void 0){let a=n?.renderBefore??null;r._$litPart$=o=new je(t.insertBefore(Je(),a),a,void 0,n??{})}return o._$AI(e),o};var or="planner_lang";function me(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function bn(e){document.cookie=`${or}=${e}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=e}function N(e){return(t,n)=>{let r=e[t],o=r?r[me()==="en"?1:0]||r[0]:t;if(n)for(let[a,l]of Object.entries(n))o=o.replaceAll(`{${a}}`,String(l));return o}}function Ut(){return me()==="en"?"en-GB":"da-DK"}var z=class extends Error{constructor(n,r,o,a,l,m=""){super(o||r);this.status=n;this.title=r;this.detail=o;this.fields=a;this.type=l;this.code=m}reason(n){return this.fields.find(r=>r.field===n)?.reason??""}},vn="",$n=Date.now();for(let e of["keydown","pointerdown","touchstart"])window.addEventListener(e,()=>$n=Date.now(),{capture:!0,passive:!0});function yn(e){vn=e}async function vt(e,t,n){let r={Accept:"application/json"};n!==void 0&&(r["Content-Type"]="application/json"),e!=="GET"&&e!=="HEAD"&&(r["X-CSRF-Token"]=vn),Date.now()-$n<6e4&&(r["X-Planner-Active"]="1");let o=await fetch(t,{method:e,headers:r,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(o.status===401)throw window.location.assign(location.pathname.startsWith("/borger/")?"/borger/login":`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new z(401,"Not signed in","",[],"/problems/unauthenticated");if(!o.ok)throw await sr(o);if(o.status!==204)return await o.json()}async function sr(e){let t={};try{t=await e.json()}catch{}let n=me()==="da",r=n&&t.title_da||t.title||e.statusText,o=n&&t.detail_da||t.detail||"",a=t.field?[{field:t.field,reason:o}]:[];return new z(e.status,r,o,a,t.type??"",t.code??"")}var E=e=>vt("GET",e),Y=(e,t)=>vt("POST",e,t),ye=(e,t)=>vt("PUT",e,t),Ye=e=>vt("DELETE",e);function Qe(e){let t=new URLSearchParams;for(let[r,o]of Object.entries(e))o==null||o===""||Array.isArray(o)&&o.length===0||t.set(r,Array.isArray(o)?o.join(","):String(o));let n=t.toString();return n?`?${n}`:""}var $t=class{constructor(t,n,r,o,a){this.routes=t;this.me=n;this.main=r;this.notFound=o;this.onChange=a;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",l=>this.intercept(l))}current;navigate(t,n=!1){n?history.replaceState(null,"",t):history.pushState(null,"",t),this.show(!0)}async show(t){this.current?.abort();let n=new AbortController;this.current=n;let{route:r,params:o}=this.match(location.pathname),a=document.createElement("div");a.className="planner-screen";let l={me:this.me,main:a,params:o,query:new URLSearchParams(location.search),signal:n.signal,navigate:(m,c)=>this.navigate(m,c),every:(m,c)=>{let p=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&c()},m);n.signal.addEventListener("abort",()=>window.clearInterval(p))}};if(this.main.replaceChildren(a),document.title=`${r.title()} — Planner`,this.onChange(location.pathname),await r.render(l),t&&!n.signal.aborted){let m=this.main.querySelector("h1");m&&(m.setAttribute("tabindex","-1"),m.focus())}}match(t){for(let n of this.routes){let r=n.path.split("/"),o=t.replace(/\/+$/,"").split("/");if(n.path==="/"&&(t==="/"||t===""))return{route:this.allowed(n),params:{}};if(r.length!==o.length)continue;let a={};if(r.every((l,m)=>l.startsWith(":")?(a[l.slice(1)]=decodeURIComponent(o[m]),o[m]!==""):l===o[m]))return{route:this.allowed(n),params:a}}return{route:this.notFound,params:{}}}allowed(t){return!t.roles||t.roles.includes(this.me.role)?t:this.notFound}intercept(t){if(t.defaultPrevented||t.button!==0||t.metaKey||t.ctrlKey||t.shiftKey||t.altKey)return;let n=t.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(t.preventDefault(),this.navigate(n.pathname+n.search))}};var Gt=N({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),De="Europe/Copenhagen";function ir(e){return e instanceof z?e.detail?e.detail:e.title:e instanceof TypeError?Gt("error.network"):String(e)}function F(e){return e?s`<div class="alert alert-error" role="alert" tabindex="-1">
    <div class="alert-body">
      <p class="alert-heading">${e instanceof z?e.title:Gt("error.heading")}</p>
      <p class="alert-text">${ir(e)}</p>
    </div>
  </div>`:f}function le(e){return e?s`<div class="alert alert-success" role="status" tabindex="-1"><div class="alert-body"><p class="alert-text">${e}</p></div></div>`:f}function be(e,t,n){if(!(e instanceof z))return f;let r=e.reason(t);return r?s`<span class="form-error-message" id="${n}-error">${r}</span>`:f}function ke(e,t){return e instanceof z&&e.reason(t)!==""}function V(e){let t=document.getElementById("announce");t&&(t.textContent="",window.setTimeout(()=>t.textContent=e,50))}function Re(e){return new Promise(t=>{let n=document.createElement("dialog");n.className="fds-modal planner-dialog",n.setAttribute("aria-labelledby","dialog-title"),document.body.append(n);let r=o=>{n.close(),n.remove(),t(o)};n.addEventListener("cancel",o=>{o.preventDefault(),r(!1)}),L(s`<div class="modal-content">
        <div class="modal-header"><h2 class="modal-heading" id="dialog-title">${e.title}</h2></div>
        <div class="modal-body">${typeof e.body=="string"?s`<p>${e.body}</p>`:e.body}</div>
        <div class="modal-footer">
          <button class="button ${e.danger?"button-primary planner-danger":"button-primary"}" type="button" data-ok @click=${()=>r(!0)}>${e.ok}</button>
          <button class="button button-secondary" type="button" @click=${()=>r(!1)}>${e.cancel??Gt("dialog.cancel")}</button>
        </div>
      </div>`,n),n.showModal(),n.querySelector("[data-ok]")?.focus()})}function Q(e){if(!e)return"";let t=typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e)?new Date(`${e}T12:00:00Z`):new Date(e);return new Intl.DateTimeFormat(Ut(),{day:"numeric",month:"short",year:"numeric",timeZone:De}).format(t)}function re(e){return new Intl.DateTimeFormat(Ut(),{hour:"2-digit",minute:"2-digit",timeZone:De}).format(new Date(e))}function K(e){return e?`${Q(e)} ${re(e)}`:""}function yt(e){return new Intl.DateTimeFormat("sv-SE",{timeZone:De}).format(e)}var _e={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},kn=e=>(...t)=>({_$litDirective$:e,values:t}),kt=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,n,r){this._$Ct=t,this._$AM=n,this._$Ci=r}_$AS(t,n){return this.update(t,n)}update(t,n){return this.render(...n)}};var{I:Wr}=hn;var wn=e=>e.strings===void 0;var lr={},Tn=(e,t=lr)=>e._$AH=t;var An=kn(class extends kt{constructor(e){if(super(e),e.type!==_e.PROPERTY&&e.type!==_e.ATTRIBUTE&&e.type!==_e.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!wn(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===he||t===f)return t;let n=e.element,r=e.name;if(e.type===_e.PROPERTY){if(t===n[r])return he}else if(e.type===_e.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(r))return he}else if(e.type===_e.ATTRIBUTE&&n.getAttribute(r)===t+"")return he;return Tn(e),t}});var ie=N({nav:["Administration","Administration"],overview:["Oversigt","Overview"],teams:["Teams","Teams"],advisors:["Vejledere","Advisors"],rooms:["Lokaler","Rooms"],templates:["Skabeloner","Templates"],settings:["Jobcenter","Job centre"],day1:["Mandag","Monday"],day2:["Tirsdag","Tuesday"],day3:["Onsdag","Wednesday"],day4:["Torsdag","Thursday"],day5:["Fredag","Friday"],day6:["Lørdag","Saturday"],day0:["Søndag","Sunday"],day:["Dag","Day"],hours:["Arbejdstider","Working hours"],from:["Fra","From"],to:["Til","To"],fromOf:["{day} fra","{day} from"],toOf:["{day} til","{day} to"]}),Wt=[{path:"/admin",label:()=>ie("overview")},{path:"/admin/teams",label:()=>ie("teams")},{path:"/admin/vejledere",label:()=>ie("advisors")},{path:"/admin/lokaler",label:()=>ie("rooms")},{path:"/admin/skabeloner",label:()=>ie("templates")},{path:"/admin/jobcenter",label:()=>ie("settings")}];function Fe(e){return s`<nav class="tab-container planner-admin-nav" aria-label=${ie("nav")}>
    <ul class="tab-list">
      ${Wt.map(t=>s`<li><a href=${t.path} class="tab-button" aria-current=${t.path===e?"page":"false"}><span>${t.label()}</span></a></li>`)}
    </ul>
  </nav>`}function Xe(e,t){return e instanceof z?e.fields.find(r=>r.field===t||r.field.startsWith(`${t}.`)||r.field.startsWith(`${t}[`))?.reason??"":""}function Ne(e,t){return!(e instanceof z)||e.fields.length===0?e:t.some(n=>Xe(e,n))?void 0:e}function Pe(e,t,n,r,o){let a=`${e}-${t.key.replaceAll(".","-")}`,l=Xe(r,t.key),m=[t.hint?`${a}-hint`:"",l?`${a}-error`:""].filter(Boolean).join(" "),c=t.options?s`<select class="form-select" id=${a} name=${t.key} aria-invalid=${l?"true":"false"} aria-describedby=${m||f}
        @change=${p=>o(t.key,p.target.value)}>
        ${t.options.map(p=>s`<option value=${p.value} ?selected=${(n[t.key]??"")===p.value}>${p.label}</option>`)}
      </select>`:s`<input class="form-input ${t.type==="number"?"input-width-xs":""}" id=${a} name=${t.key} type=${t.type??"text"} .value=${An(n[t.key]??"")}
        autocomplete=${t.autocomplete??"off"} ?required=${t.required} aria-invalid=${l?"true":"false"} aria-describedby=${m||f}
        @input=${p=>o(t.key,p.target.value)} />`;return s`<div class="form-group ${l?"form-error":""}">
    <label class="form-label" for=${a}>${t.label}</label>
    ${t.hint?s`<span class="form-hint" id="${a}-hint">${t.hint}</span>`:f}
    ${l?s`<span class="form-error-message" id="${a}-error">${l}</span>`:f}
    ${c}
  </div>`}function et(){return{days:[0,1,2,3,4,5,6].map(e=>e>=1&&e<=5?[{from:"08:00",to:"15:30"}]:[])}}function Vt(e,t,n,r,o,a){let l=Xe(o,t),m=`${e}-${t}`,c=[1,2,3,4,5,6,0];for(;r.days.length<7;)r.days.push([]);return s`<fieldset class="planner-hours ${l?"form-error":""}" aria-describedby=${l?`${m}-error`:f}>
    <legend class="form-label">${n}</legend>
    ${l?s`<span class="form-error-message" id="${m}-error">${l}</span>`:f}
    <table class="table table--compact planner-hours-table">
      <thead><tr><th scope="col">${ie("day")}</th><th scope="col">${ie("from")}</th><th scope="col">${ie("to")}</th></tr></thead>
      <tbody>
        ${c.map(p=>{let u=ie(`day${p}`),v=r.days[p][0],w=!!v;return s`<tr data-weekday=${p}>
            <th scope="row">
              <div class="form-group-checkbox planner-day-check">
                <input type="checkbox" class="form-checkbox" id="${m}-on-${p}" .checked=${w}
                  @change=${$=>{r.days[p]=$.target.checked?[{from:"08:00",to:"15:30"}]:[],a()}} />
                <label class="form-label" for="${m}-on-${p}">${u}</label>
              </div>
            </th>
            <td>
              <label class="sr-only" for="${m}-from-${p}">${ie("fromOf",{day:u})}</label>
              <input class="form-input planner-time-input" type="time" id="${m}-from-${p}" .value=${v?.from??""} ?disabled=${!w}
                @input=${$=>{r.days[p][0]&&(r.days[p][0].from=$.target.value)}} />
            </td>
            <td>
              <label class="sr-only" for="${m}-to-${p}">${ie("toOf",{day:u})}</label>
              <input class="form-input planner-time-input" type="time" id="${m}-to-${p}" .value=${v?.to??""} ?disabled=${!w}
                @input=${$=>{r.days[p][0]&&(r.days[p][0].to=$.target.value)}} />
            </td>
          </tr>`})}
      </tbody>
    </table>
  </fieldset>`}function qt(e){let t=(e?.days??[]).map(n=>(n??[]).map(r=>({...r})));for(;t.length<7;)t.push([]);return{days:t}}function wt(e,t){e.own=!!t,e.hours=t?qt(t):et()}function Tt(e,t,n,r,o){return s`<div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="f-own-hours" aria-describedby="f-own-hours-hint" .checked=${e.own}
        @change=${a=>{e.own=a.target.checked,o()}} />
      <label class="form-label" for="f-own-hours">${t}</label>
      <span class="form-hint" id="f-own-hours-hint">${n}</span>
    </div>
    ${e.own?Vt("f","hours",ie("hours"),e.hours,r,o):f}`}var ae=N({edit:["Rediger","Edit"],editOf:["Rediger {name}","Edit {name}"],remove:["Slet","Delete"],removeOf:["Slet {name}","Delete {name}"],removeQ:["Slet {name}?","Delete {name}?"],removeBody:["{name} slettes. Det kan ikke fortrydes.","{name} is deleted. This cannot be undone."],removed:["{name} er slettet.","{name} is deleted."],saved:["{name} er gemt.","{name} is saved."],created:["{name} er oprettet.","{name} is created."],save:["Gem","Save"],create:["Opret","Create"],cancelEdit:["Annuller","Cancel"],actions:["Handlinger","Actions"],none:["Der er ingen endnu.","There are none yet."]});function Le(e){return{path:e.path,title:e.title,roles:["admin"],async render(t){let n=[],r,o=e.values(void 0),a,l,m="";e.reset?.(void 0);let c=()=>{let $=e.fields(r),b=[...$.map(i=>i.key),...e.extraKeys??[]],d=e.sort?e.sort(n):n;L(s`${Fe(e.path)}
            <h1 tabindex="-1">${e.title()}</h1>
            ${F(l)} ${le(m)}
            ${d.length===0?s`<p>${ae("none")}</p>`:s`<div class="table--responsive-scroll">
                  <table class="table table--compact planner-admin-table" data-list>
                    <thead>
                      <tr>
                        ${e.columns().map(i=>s`<th scope="col">${i.label}</th>`)}
                        <th scope="col"><span class="sr-only">${ae("actions")}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      ${d.map(i=>s`<tr data-id=${i.id}>
                          ${e.columns().map((h,k)=>k===0?s`<th scope="row">${h.cell(i)}</th>`:s`<td>${h.cell(i)}</td>`)}
                          <td class="planner-row-actions">
                            <button type="button" class="button button-tertiary" aria-label=${ae("editOf",{name:e.name(i)})} @click=${()=>u(i)}>${ae("edit")}</button>
                            <button type="button" class="button button-tertiary" aria-label=${ae("removeOf",{name:e.name(i)})} @click=${()=>w(i)}>${ae("remove")}</button>
                          </td>
                        </tr>`)}
                    </tbody>
                  </table>
                </div>`}
            <section class="planner-admin-form" aria-labelledby="form-h">
              <h2 id="form-h" tabindex="-1">${r?e.editHeading(r):e.newHeading()}</h2>
              ${F(Ne(a,b))}
              <form novalidate @submit=${v}>
                ${$.map(i=>Pe("f",i,o,a,(h,k)=>o[h]=k))}
                ${e.extra?.(r,a,c)??f}
                <div class="planner-form-actions">
                  <button class="button button-primary" type="submit">${ae(r?"save":"create")}</button>
                  ${r?s`<button class="button button-secondary" type="button" @click=${()=>u(void 0)}>${ae("cancelEdit")}</button>`:f}
                </div>
              </form>
              ${r?e.after?.(r,c,p)??f:f}
            </section>`,t.main)},p=async()=>{try{await e.prepare?.(),n=(await E(e.api))[e.listKey]??[],r&&(r=n.find(b=>b.id===r.id)),l=void 0}catch($){l=$}c()},u=$=>{r=$,o=e.values($),e.reset?.($),a=void 0,m="",c(),t.main.querySelector("#form-h")?.focus()},v=async $=>{$.preventDefault();let b=e.body(o,r);try{let d=r?await ye(`${e.api}/${r.id}`,b):await Y(e.api,b);m=r?ae("saved",{name:e.name(d)}):ae("created",{name:e.name(d)}),a=void 0;let i=!r;await p();let h=n.find(k=>k.id===d.id);i&&e.after&&h?(r=h,o=e.values(h),e.reset?.(h)):i&&(o=e.values(void 0),e.reset?.(void 0)),c(),V(m)}catch(d){a=d,c(),(t.main.querySelector("[aria-invalid=true]")??t.main.querySelector(".planner-admin-form [role=alert]"))?.focus()}},w=async $=>{let b=e.name($);if(await Re({title:ae("removeQ",{name:b}),body:ae("removeBody",{name:b}),ok:ae("remove"),danger:!0})){try{await Ye(`${e.api}/${$.id}`),r?.id===$.id&&u(void 0),m=ae("removed",{name:b}),l=void 0,V(m)}catch(d){l=d,m=""}await p(),t.main.querySelector("h1")?.focus()}};c(),await p()}}}var H=N({teams:["Teams","Teams"],team:["Team","Team"],name:["Navn","Name"],parent:["Overordnet team","Parent team"],parentHint:["Teamet hører under dette team i træet.","The team belongs under this team in the tree."],top:["Intet (øverst i træet)","None (top of the tree)"],mail:["Mail","Mail"],mailHint:["Notifikationsmails til teamet sendes hertil.","Notification mails to the team go here."],phone:["Telefon","Phone"],newTeam:["Nyt team","New team"],editTeam:["Rediger team: {name}","Edit team: {name}"],rooms:["Lokaler","Rooms"],capacity:["Pladser","Capacity"],capacityHint:["Hvor mange lokalet har plads til.","How many the room seats."],newRoom:["Nyt lokale","New room"],editRoom:["Rediger lokale: {name}","Edit room: {name}"],templates:["Skabeloner","Templates"],templateName:["Skabelonens navn","Template name"],meetingType:["Mødetype","Meeting type"],form:["Mødeform","Meeting form"],individual:["Individuel samtale","Individual meeting"],group:["Fællesmøde","Group meeting"],channel:["Afholdelsesform","Channel"],in_person:["Personligt fremmøde","In person"],phoneChannel:["Telefon","Phone"],digital:["Digitalt","Online"],duration:["Varighed (minutter)","Duration (minutes)"],description:["Beskrivelse til borgeren","Description for the citizen"],newTemplate:["Ny skabelon","New template"],editTemplate:["Rediger skabelon: {name}","Edit template: {name}"],depth:["niveau {n}","level {n}"],ownHours:["Teamets egne arbejdstider","The team's own working hours"],ownHoursHint:["Gælder teamets vejledere uden egne arbejdstider. Uden dem gælder det overordnede teams eller jobcentrets.","Apply to the team's advisors without their own. Without them, the parent team's or the job centre's apply."]});function St(e){return/^-?\d+$/.test(e.trim())?Number(e):e}var At=[],Rt={own:!1,hours:et()};function Jt(e){let t=[],n=new Set(e.map(o=>o.id)),r=(o,a)=>{for(let l of e.filter(m=>(m.parentId&&n.has(m.parentId)?m.parentId:void 0)===o).sort((m,c)=>m.name.localeCompare(c.name,"da")))t.push({team:l,depth:a}),a<20&&r(l.id,a+1)};return r(void 0,0),t}function Kt(e,t){return Jt(e).filter(n=>n.team.id!==t).map(n=>({value:String(n.team.id),label:`${"— ".repeat(n.depth)}${n.team.name}`}))}var Rn=Le({path:"/admin/teams",title:()=>H("teams"),api:"/api/teams",listKey:"teams",async prepare(){At=(await E("/api/teams")).teams},sort:e=>Jt(e).map(t=>t.team),columns:()=>[{label:H("name"),cell:e=>{let t=Jt(At).find(n=>n.team.id===e.id)?.depth??0;return s`<span class="planner-depth planner-depth-${Math.min(t,5)}">${e.name}</span>${t?s`<span class="sr-only">, ${H("depth",{n:t+1})}</span>`:""}`}},{label:H("parent"),cell:e=>At.find(t=>t.id===e.parentId)?.name??""},{label:H("mail"),cell:e=>e.mail??""},{label:H("phone"),cell:e=>e.phone??""}],fields:e=>[{key:"name",label:H("name"),required:!0},{key:"parentId",label:H("parent"),hint:H("parentHint"),options:[{value:"",label:H("top")},...Kt(At,e?.id)]},{key:"mail",label:H("mail"),hint:H("mailHint"),type:"email",autocomplete:"email"},{key:"phone",label:H("phone"),type:"tel",autocomplete:"tel"}],extraKeys:["hours"],reset:e=>wt(Rt,e?.hours),extra:(e,t,n)=>Tt(Rt,H("ownHours"),H("ownHoursHint"),t,n),name:e=>e.name,newHeading:()=>H("newTeam"),editHeading:e=>H("editTeam",{name:e.name}),values:e=>({name:e?.name??"",parentId:e?.parentId?String(e.parentId):"",mail:e?.mail??"",phone:e?.phone??""}),body:(e,t)=>({...t??{},name:e.name,parentId:e.parentId?Number(e.parentId):0,mail:e.mail,phone:e.phone,hours:Rt.own?Rt.hours:null})}),Sn=Le({path:"/admin/lokaler",title:()=>H("rooms"),api:"/api/rooms",listKey:"rooms",columns:()=>[{label:H("name"),cell:e=>e.name},{label:H("capacity"),cell:e=>String(e.capacity)}],fields:()=>[{key:"name",label:H("name"),required:!0},{key:"capacity",label:H("capacity"),hint:H("capacityHint"),type:"number"}],name:e=>e.name,newHeading:()=>H("newRoom"),editHeading:e=>H("editRoom",{name:e.name}),values:e=>({name:e?.name??"",capacity:e?String(e.capacity):""}),body:(e,t)=>({...t??{},name:e.name,capacity:St(e.capacity)})}),xn=Le({path:"/admin/skabeloner",title:()=>H("templates"),api:"/api/templates",listKey:"templates",columns:()=>[{label:H("templateName"),cell:e=>e.name},{label:H("meetingType"),cell:e=>e.fields.meetingType??""},{label:H("form"),cell:e=>e.fields.form?H(e.fields.form):""},{label:H("duration"),cell:e=>e.fields.durationMinutes?String(e.fields.durationMinutes):""}],fields:()=>[{key:"name",label:H("templateName"),required:!0},{key:"fields.meetingType",label:H("meetingType")},{key:"fields.form",label:H("form"),options:[{value:"",label:"—"},{value:"individual",label:H("individual")},{value:"group",label:H("group")}]},{key:"fields.channel",label:H("channel"),options:[{value:"",label:"—"},{value:"in_person",label:H("in_person")},{value:"phone",label:H("phoneChannel")},{value:"digital",label:H("digital")}]},{key:"fields.durationMinutes",label:H("duration"),type:"number"},{key:"fields.description",label:H("description")}],name:e=>e.name,newHeading:()=>H("newTemplate"),editHeading:e=>H("editTemplate",{name:e.name}),values:e=>({name:e?.name??"","fields.meetingType":e?.fields.meetingType??"","fields.form":e?.fields.form??"","fields.channel":e?.fields.channel??"","fields.durationMinutes":e?.fields.durationMinutes?String(e.fields.durationMinutes):"","fields.description":e?.fields.description??""}),body:(e,t)=>{let n={...t?.fields??{}},r=(o,a)=>{a===""||a===void 0?delete n[o]:n[o]=a};return r("meetingType",e["fields.meetingType"]),r("form",e["fields.form"]),r("channel",e["fields.channel"]),r("durationMinutes",e["fields.durationMinutes"]?St(e["fields.durationMinutes"]):""),r("description",e["fields.description"]),{...t??{},name:e.name,fields:n}}});var O=N({title:["Vejledere","Advisors"],name:["Navn","Name"],team:["Team","Team"],chooseTeam:["Vælg team","Choose a team"],mail:["Mail","Mail"],phone:["Telefon","Phone"],calendar:["Kalender","Calendar"],none:["Ingen","None"],caldav:["CalDAV","CalDAV"],graph:["Microsoft 365 (Graph)","Microsoft 365 (Graph)"],newAdvisor:["Ny vejleder","New advisor"],editAdvisor:["Rediger vejleder: {name}","Edit advisor: {name}"],ownHours:["Egne arbejdstider","Own working hours"],ownHoursHint:["Uden egne arbejdstider gælder teamets eller jobcentrets.","Without own working hours, the team's or the job centre's apply."],calHeading:["Kalenderforbindelse","Calendar connection"],calIntro:["Planner læser og skriver vejlederens egen kalender (to-vejs synkronisering).","Planner reads and writes the advisor's own calendar (two-way sync)."],kind:["Kalendertype","Calendar kind"],url:["Adresse (URL)","Address (URL)"],urlHint:["CalDAV: kalenderens adresse. Microsoft 365: kan stå tom.","CalDAV: the calendar's address. Microsoft 365: may be empty."],username:["Brugernavn","User name"],usernameHint:["CalDAV: brugernavnet. Microsoft 365: vejlederens mailadresse.","CalDAV: the user name. Microsoft 365: the advisor's mail address."],secret:["Adgangskode","Password"],secretKeep:["Adgangskoden vises aldrig. Lad feltet stå tomt for at beholde den gemte, eller skriv en ny for at ændre den.","The password is never shown. Leave the field empty to keep the stored one, or type a new one to change it."],secretNew:["Adgangskoden vises aldrig, når den er gemt.","The password is never shown once stored."],saveCal:["Gem kalenderforbindelse","Save the calendar connection"],removeCal:["Fjern kalenderforbindelse","Remove the calendar connection"],removeCalQ:["Fjern kalenderforbindelsen?","Remove the calendar connection?"],removeCalBody:["Planner holder op med at læse og skrive {name}s kalender.","Planner stops reading and writing {name}'s calendar."],calSaved:["Kalenderforbindelsen er gemt.","The calendar connection is saved."],calRemoved:["Kalenderforbindelsen er fjernet.","The calendar connection is removed."],connected:["{kind}, {user}","{kind}, {user}"]}),Zt=[],xt={own:!1,hours:et()},dr=e=>O(e==="caldav"?"caldav":e==="graph"?"graph":"none");function cr(e,t){let n=document.createElement("div"),r=e.calendar??{},o={kind:r.kind??"",url:r.url??"",username:r.username??"",secret:""},a,l=Ct;Ct="";let m=()=>{let u=[{key:"kind",label:O("kind"),options:[{value:"",label:O("none")},{value:"caldav",label:O("caldav")},{value:"graph",label:O("graph")}]},...o.kind?[{key:"url",label:O("url"),hint:O("urlHint"),type:"url"},{key:"username",label:O("username"),hint:O("usernameHint")},...o.kind==="caldav"?[{key:"secret",label:O("secret"),hint:r.kind?O("secretKeep"):O("secretNew"),type:"password",autocomplete:"new-password"}]:[]]:[]];L(s`<section class="planner-calendar" aria-labelledby="cal-h">
        <h2 id="cal-h">${O("calHeading")}</h2>
        <p>${O("calIntro")}</p>
        ${le(l)} ${F(Ne(a,u.map(v=>v.key)))}
        <form novalidate @submit=${c}>
          ${u.map(v=>Pe("cal",v,o,a,(w,$)=>{o[w]=$,w==="kind"&&m()}))}
          <div class="planner-form-actions">
            <button class="button button-primary" type="submit">${O("saveCal")}</button>
            ${r.kind?s`<button class="button button-secondary" type="button" @click=${p}>${O("removeCal")}</button>`:f}
          </div>
        </form>
      </section>`,n)},c=async u=>{u.preventDefault();try{o.kind?await ye(`/api/advisors/${e.id}/calendar`,{kind:o.kind,url:o.url,username:o.username,secret:o.secret,pullEveryMinutes:r.pullEveryMinutes??0}):r.kind&&await Ye(`/api/advisors/${e.id}/calendar`),o.secret="",a=void 0,l=o.kind?O("calSaved"):O("calRemoved"),V(l),Ct=l,await t()}catch(v){a=v,l="",m(),n.querySelector("[aria-invalid=true], [role=alert]")?.focus()}},p=async()=>{if(await Re({title:O("removeCalQ"),body:O("removeCalBody",{name:e.name}),ok:O("removeCal"),danger:!0}))try{await Ye(`/api/advisors/${e.id}/calendar`),l=O("calRemoved"),V(l),Ct=l,await t()}catch(u){a=u,m()}};return m(),{host:n,draw:m}}var Ct="",tt,Cn=Le({path:"/admin/vejledere",title:()=>O("title"),api:"/api/advisors",listKey:"advisors",async prepare(){Zt=(await E("/api/teams")).teams},sort:e=>[...e].sort((t,n)=>t.name.localeCompare(n.name,"da")),columns:()=>[{label:O("name"),cell:e=>e.name},{label:O("team"),cell:e=>Zt.find(t=>t.id===e.teamId)?.name??""},{label:O("mail"),cell:e=>e.mail??""},{label:O("phone"),cell:e=>e.phone??""},{label:O("calendar"),cell:e=>e.calendar?.kind?O("connected",{kind:dr(e.calendar.kind),user:e.calendar.username??""}):O("none")}],fields:()=>[{key:"name",label:O("name"),required:!0},{key:"teamId",label:O("team"),options:[{value:"",label:O("chooseTeam")},...Kt(Zt)]},{key:"mail",label:O("mail"),type:"email",autocomplete:"email"},{key:"phone",label:O("phone"),type:"tel",autocomplete:"tel"}],extraKeys:["hours"],reset:e=>wt(xt,e?.hours),extra:(e,t,n)=>Tt(xt,O("ownHours"),O("ownHoursHint"),t,n),after(e,t,n){let r=JSON.stringify(e.calendar??{});return(!tt||tt.id!==e.id||tt.calId!==r)&&(tt={id:e.id,calId:r,host:cr(e,n).host}),s`${tt.host}`},name:e=>e.name,newHeading:()=>O("newAdvisor"),editHeading:e=>O("editAdvisor",{name:e.name}),values:e=>({name:e?.name??"",teamId:e?String(e.teamId):"",mail:e?.mail??"",phone:e?.phone??""}),body:(e,t)=>{let{calendar:n,...r}=t??{};return{...r,name:e.name,teamId:e.teamId?St(e.teamId):0,mail:e.mail,phone:e.phone,hours:xt.own?xt.hours:null}}});var q=N({title:["Jobcenter","Job centre"],settings:["Indstillinger","Settings"],mails:["Notifikationsmails","Notification mails"],conflictMail:["Mail når en vejleder lægger en privat aftale oven i et borgermøde","Mail when an advisor puts a private appointment over a citizen meeting"],browseMail:["Mail når en borger bladrer i måneder uden ledige tider","Mail when a citizen browses months without free times"],closing:["Lukkedage","Closing days"],openDec24:["Åbent 24. december","Open on 24 December"],openDec31:["Åbent 31. december","Open on 31 December"],openConstitutionDay:["Åbent 5. juni (grundlovsdag)","Open on 5 June (Constitution Day)"],extra:["Ekstra lukkedage","Extra closing days"],extraHint:["Én dato pr. linje, fx 2026-12-28.","One date a line, e.g. 2026-12-28."],hours:["Standardarbejdstider","Default working hours"],hoursHint:["Gælder vejledere, hvis hverken de selv eller deres team har arbejdstider.","Apply to advisors when neither they nor their team have working hours."],save:["Gem indstillinger","Save the settings"],saved:["Indstillingerne er gemt.","The settings are saved."],graph:["Microsoft 365 (Graph-app)","Microsoft 365 (Graph app)"],graphIntro:["Jobcentrets app-registrering i Microsoft Entra ID, som Planner læser og skriver Outlook-kalendere med.","The job centre's app registration in Microsoft Entra ID, through which Planner reads and writes Outlook calendars."],tenantId:["Tenant-id (katalog)","Tenant id (directory)"],clientId:["Klient-id (applikation)","Client id (application)"],secret:["Klienthemmelighed","Client secret"],secretStored:["En hemmelighed er gemt og vises aldrig. Lad feltet stå tomt for at beholde den, eller skriv en ny for at ændre den.","A secret is stored and never shown. Leave the field empty to keep it, or type a new one to change it."],secretNone:["Der er ikke gemt nogen hemmelighed.","No secret is stored."],tokenUrl:["Token-adresse (valgfri)","Token address (optional)"],graphUrl:["Graph-adresse (valgfri)","Graph address (optional)"],saveGraph:["Gem Graph-app","Save the Graph app"],graphSaved:["Graph-appen er gemt.","The Graph app is saved."]}),Yt=["conflictMail","browseMail","openDec24","openDec31","openConstitutionDay"],In={path:"/admin/jobcenter",title:()=>q("title"),roles:["admin"],async render(e){let t=`/api/jobcenters/${e.me.jobcenterId}`,n,r="",o={days:[]},a={},l={tenantId:"",clientId:"",secret:"",tokenUrl:"",graphUrl:""},m,c,p="",u="",v=()=>{let h=Xe(m,"extraClosingDays"),k=[{key:"tenantId",label:q("tenantId")},{key:"clientId",label:q("clientId")},{key:"secret",label:q("secret"),hint:a.hasSecret?q("secretStored"):q("secretNone"),type:"password",autocomplete:"new-password"},{key:"tokenUrl",label:q("tokenUrl"),type:"url"},{key:"graphUrl",label:q("graphUrl"),type:"url"}];L(s`${Fe("/admin/jobcenter")}
          <h1 tabindex="-1">${q("title")}</h1>
          ${n?s`<section aria-labelledby="settings-h">
                <h2 id="settings-h">${q("settings")}</h2>
                ${le(p)} ${F(Ne(m,["extraClosingDays","defaultHours",...Yt]))}
                <form novalidate @submit=${d}>
                  <fieldset>
                    <legend class="form-label">${q("mails")}</legend>
                    ${Yt.slice(0,2).map(C=>w(C))}
                  </fieldset>
                  <fieldset>
                    <legend class="form-label">${q("closing")}</legend>
                    ${Yt.slice(2).map(C=>w(C))}
                    <div class="form-group ${h?"form-error":""}">
                      <label class="form-label" for="s-extra">${q("extra")}</label>
                      <span class="form-hint" id="s-extra-hint">${q("extraHint")}</span>
                      ${h?s`<span class="form-error-message" id="s-extra-error">${h}</span>`:f}
                      <textarea class="form-input" id="s-extra" rows="4" aria-describedby="s-extra-hint${h?" s-extra-error":""}" aria-invalid=${h?"true":"false"}
                        .value=${r} @input=${C=>r=C.target.value}></textarea>
                    </div>
                  </fieldset>
                  <p class="form-hint" id="s-hours-hint">${q("hoursHint")}</p>
                  ${Vt("s","defaultHours",q("hours"),o,m,v)}
                  <div class="planner-form-actions"><button class="button button-primary" type="submit">${q("save")}</button></div>
                </form>
              </section>`:F(m)}
          <section aria-labelledby="graph-h">
            <h2 id="graph-h">${q("graph")}</h2>
            <p>${q("graphIntro")}</p>
            ${le(u)} ${F(Ne(c,k.map(C=>C.key)))}
            <form novalidate @submit=${i}>
              ${k.map(C=>Pe("g",C,l,c,(U,te)=>l[U]=te))}
              <div class="planner-form-actions"><button class="button button-primary" type="submit">${q("saveGraph")}</button></div>
            </form>
          </section>`,e.main)},w=h=>s`<div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="s-${h}" .checked=${n[h]} @change=${k=>n[h]=k.target.checked} />
      <label class="form-label" for="s-${h}">${q(h)}</label>
    </div>`,$=h=>{n=h,r=(h.extraClosingDays??[]).join(`
`),o=qt(h.defaultHours)},b=h=>{a=h,Object.assign(l,{tenantId:h.tenantId??"",clientId:h.clientId??"",secret:"",tokenUrl:h.tokenUrl??"",graphUrl:h.graphUrl??""})},d=async h=>{h.preventDefault();let k=r.split(/[\s,]+/).filter(Boolean);try{$(await ye(`${t}/settings`,{...n,extraClosingDays:k,defaultHours:o})),m=void 0,p=q("saved"),V(p)}catch(C){m=C,p=""}v(),m&&e.main.querySelector("[aria-invalid=true], [role=alert]")?.focus()},i=async h=>{h.preventDefault();try{b(await ye(`${t}/graph-app`,{...l})),c=void 0,u=q("graphSaved"),V(u)}catch(k){c=k,u=""}v(),c&&e.main.querySelector("#g-tenantId[aria-invalid=true], [aria-invalid=true], [role=alert]")?.focus()};try{$(await E(`${t}/settings`))}catch(h){m=h}try{b(await E(`${t}/graph-app`))}catch(h){h instanceof z&&h.status===404||(c=h)}v()}};var Qt=N({title:["Administration","Administration"],intro:["Her opsætter du jobcentrets teams, vejledere, lokaler, skabeloner og indstillinger.","Here you set up the job centre's teams, advisors, rooms, templates and settings."]}),mr={path:"/admin",title:()=>Qt("title"),roles:["admin"],render(e){L(s`${Fe("/admin")}
        <h1>${Qt("title")}</h1>
        <p>${Qt("intro")}</p>
        <ul class="nav-list planner-admin-links">
          ${Wt.slice(1).map(t=>s`<li><a href=${t.path}>${t.label()}</a></li>`)}
        </ul>`,e.main)}},En=[mr,Rn,Cn,Sn,xn,In];var we=N({"jobnet.pending":["Afventer","Waiting"],"jobnet.done":["Synkroniseret","Synced"],"jobnet.failed":["Fejlet","Failed"],"state.pending":["Internt oprettet","Created internally"],"state.sent":["Eksternt kommunikeret","Sent"],"channel.digital":["Digitalt","Digital"],"channel.in_person":["Personligt fremmøde","In person"],"channel.phone":["Telefonisk","By phone"],"form.individual":["Individuelt møde","Individual meeting"],"form.group":["Fællesmøde","Group meeting"],deadlineExceeded:["Frist overskredet","Deadline exceeded"],seenOn:["Set af borgeren {date}","Seen by the citizen {date}"],yes:["Ja","Yes"],no:["Nej","No"]});function Xt(e){let t={};for(let[n,r]of Object.entries(e))r!==void 0&&r!==""&&!(Array.isArray(r)&&r.length===0)&&(t[n]=r);return Y("/api/summonses/query",t)}var ur=e=>we(`jobnet.${e}`),It=e=>we(`state.${e}`),Et=e=>e?we(`channel.${e}`):"",Mt=e=>we(`form.${e}`),Be=e=>we(e?"yes":"no");function nt(e){return e.deadlineExceeded?s`<span class="planner-icon planner-icon--deadline" role="img" aria-label=${we("deadlineExceeded")} title=${we("deadlineExceeded")}>!</span>`:f}function rt(e){if(!e.seenAt)return f;let t=we("seenOn",{date:Q(e.seenAt)});return s`<span class="planner-icon planner-icon--seen" role="img" aria-label=${t} title=${t}>✓</span>`}function ze(e){return s`<span class="planner-sync planner-sync--${e.jobnet}">${ur(e.jobnet)}</span>`}var R=N({card:["Borgerkort","Citizen card"],name:["Navn","Name"],cpr:["CPR-nr.","CPR no."],contactGroup:["Kontaktgruppe","Contact group"],assessment:["Visitationsgruppe","Assessment group"],registeredSince:["Tilmeldt siden","Registered since"],inActivation:["I aktivering","In activation"],otherActor:["Hos anden aktør","With an other actor"],fund:["A-kasse","Unemployment fund"],bookingDeadline:["Bookingfrist","Booking deadline"],dropDate:["Falddato","Drop date"],summonses:["Borgerens indkaldelser","The citizen's summonses"],noSummonses:["Borgeren har ingen indkaldelser.","The citizen has no summonses."],"col.number":["Indkaldelsesnr.","Summons no."],"col.date":["Dato og tid","Date and time"],"col.type":["Type","Type"],"col.state":["Status","State"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.at":["Tidspunkt","Time"],"col.actor":["Udført af","By"],"col.action":["Handling","Action"],"col.entity":["Gælder","Concerns"],summons:["Indkaldelse {number}","Summons {number}"],details:["Detaljer","Details"],state:["Status","State"],when:["Mødetidspunkt","Meeting time"],form:["Mødeform","Meeting form"],type:["Samtaletype","Meeting type"],channel:["Afholdelsesform","Channel"],team:["Team","Team"],advisors:["Vejledere","Advisors"],room:["Lokale","Room"],summoner:["Indkalder","Summoner"],holding:["Afholdelsesfrist","Holding deadline"],seen:["Set af borgeren","Seen by the citizen"],notSeen:["Ikke set endnu","Not seen yet"],jobnet:["Jobnet sync","Jobnet sync"],inCalendar:["Overført til kalender","Transferred to calendar"],participants:["Deltagere ({n})","Participants ({n})"],audit:["Revisionslog","Revision log"],noAudit:["Ingen ændringer er logget.","No changes are logged."],"action.create":["Oprettet","Created"],"action.update":["Ændret","Changed"],"action.send":["Sendt til Jobnet","Sent to Jobnet"],"action.move":["Flyttet","Moved"],"action.cancel":["Aflyst","Cancelled"],"action.delete":["Slettet","Deleted"],"entity.meeting":["Mødet","The meeting"],"entity.summons":["Indkaldelse","Summons"],"entity.offer":["Tilbuddet","The offer"],notFound:["Indkaldelsen findes ikke","Summons not found"],notFoundBody:["Der er ingen indkaldelse med nummeret {number} i jobcentret.","There is no summons numbered {number} in the job centre."],back:["Tilbage til søgning","Back to search"],"col.remove":["Fjern","Remove"],remove:["Fjern fra mødet","Remove from the meeting"],removeTitle:["Fjern deltager fra fællesmødet","Remove a participant from the group meeting"],removeBody:["Er du sikker på, at du vil fjerne {name} fra fællesmødet? De øvrige deltagere bliver på mødet.","Are you sure you want to remove {name} from the group meeting? The other participants stay."],removeOk:["Fjern","Remove"],removed:["{name} er fjernet fra mødet.","{name} was removed from the meeting."],loading:["Henter …","Loading …"]}),J=(e,t,n="")=>s`<div><dt>${e}</dt><dd data-fact=${n||f}>${t||"–"}</dd></div>`;function Mn(e,t,n){let r=[...n].sort((o,a)=>a.start.localeCompare(o.start));return s`<section class="planner-card" aria-labelledby="citizen-card-h">
    <h2 id="citizen-card-h" tabindex="-1">${R("card")}: ${e.name}</h2>
    <dl class="planner-facts">
      ${J(R("name"),e.name,"name")} ${J(R("cpr"),t,"cpr")} ${J(R("contactGroup"),e.contactGroup??"")}
      ${J(R("assessment"),e.assessment??"")} ${J(R("registeredSince"),Q(e.registeredSince))}
      ${J(R("inActivation"),Be(!!e.inActivation))} ${J(R("otherActor"),Be(!!e.otherActor))}
      ${J(R("fund"),e.unemploymentFund??"")} ${J(R("bookingDeadline"),Q(e.bookingDeadline))}
      ${J(R("dropDate"),Q(e.dropDate))}
    </dl>
    <h3>${R("summonses")}</h3>
    ${r.length===0?s`<p>${R("noSummonses")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${R("summonses")}>
          <table class="table table--compact" id="citizen-summonses">
            <thead>
              <tr>
                <th scope="col">${R("col.number")}</th>
                <th scope="col">${R("col.date")}</th>
                <th scope="col">${R("col.type")}</th>
                <th scope="col">${R("col.state")}</th>
                <th scope="col">${R("col.team")}</th>
                <th scope="col">${R("col.advisor")}</th>
                <th scope="col">${R("col.jobnet")}</th>
              </tr>
            </thead>
            <tbody>
              ${r.map(o=>s`<tr>
                  <td><a href="/soeg/indkaldelse/${encodeURIComponent(o.number)}">${o.number}</a></td>
                  <td class="planner-nowrap">${K(o.start)}</td>
                  <td>${o.meetingType}${o.variant?` – ${o.variant}`:""}</td>
                  <td>${It(o.state)}</td>
                  <td>${o.teamName}</td>
                  <td>${o.advisorName}</td>
                  <td>${ze(o)}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
  </section>`}var Dn={path:"/soeg/indkaldelse/:number",title:()=>R("summons",{number:""}).trim(),async render(e){let t=e.params.number,n=d=>L(s`<p><a href="/soeg" class="back-link">${R("back")}</a></p><h1>${R("summons",{number:t})}</h1>${d}`,e.main);n(s`<p>${R("loading")}</p>`);let r,o=[];try{let[d,i]=await Promise.all([Y("/api/search",{q:t}),E("/api/advisors")]);r=d.summonses,o=i.advisors}catch(d){n(s`${F(d)}`);return}if(e.signal.aborted)return;let a=r.find(d=>d.number===t);if(!a){n(s`<p>${R("notFoundBody",{number:t})}</p>`);return}let l,m;try{l=(await E(`/api/meetings/${a.meetingId}/audit`)).entries}catch(d){m=d}if(e.signal.aborted)return;let c=d=>o.find(i=>i.id===d)?.name??`#${d}`,p=r.filter(d=>d.meetingId===a.meetingId),u=a.form==="group"&&p.some(d=>d.state==="pending"),v,w=async d=>{if(!await Re({title:R("removeTitle"),body:R("removeBody",{name:d.citizenName}),ok:R("removeOk"),danger:!0}))return;try{await Y(`/api/summonses/${d.summonsId}/remove`)}catch(k){v=k,b();return}V(R("removed",{name:d.citizenName}));let h=d.number===t?p.find(k=>k.summonsId!==d.summonsId):a;e.navigate(h?`/soeg/indkaldelse/${encodeURIComponent(h.number)}`:"/soeg",!0)},$=d=>d.entity==="summons"?p.find(i=>i.summonsId===d.entityId)?.number??`#${d.entityId}`:"",b=()=>n(s`${F(v)}<dl class="planner-facts" aria-label=${R("details")}>
        ${J(R("state"),It(a.state),"state")}
        ${J(R("when"),`${K(a.start)}`,"when")}
        ${J(R("form"),Mt(a.form))}
        ${J(R("type"),a.variant?`${a.meetingType} – ${a.variant}`:a.meetingType)}
        ${J(R("channel"),Et(a.channel))}
        ${J(R("team"),a.teamName)}
        ${J(R("advisors"),s`${a.advisors.map((d,i)=>s`${i>0?", ":""}${i===0?s`<strong>${c(d)}</strong>`:c(d)}`)}`)}
        ${J(R("room"),a.roomName??"")}
        ${J(R("summoner"),a.summoner)}
        ${J(R("holding"),s`${Q(a.holdingDeadline)} ${nt(a)}`)}
        ${J(R("seen"),a.seenAt?s`${rt(a)} ${K(a.seenAt)}`:R("notSeen"))}
        ${J(R("jobnet"),s`${ze(a)} ${a.jobnetAt?K(a.jobnetAt):""}`,"jobnet")}
        ${J(R("inCalendar"),Be(a.inCalendar))}
      </dl>
      <h2>${R("participants",{n:p.length})}</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${R("participants",{n:p.length})}>
        <table class="table table--compact" id="summons-participants">
          <thead>
            <tr>
              <th scope="col">${R("col.number")}</th>
              <th scope="col">${R("col.name")}</th>
              <th scope="col">${R("col.cpr")}</th>
              <th scope="col">${R("col.state")}</th>
              <th scope="col">${R("col.deadline")}</th>
              <th scope="col">${R("col.seen")}</th>
              <th scope="col">${R("col.jobnet")}</th>
              ${u?s`<th scope="col">${R("col.remove")}</th>`:f}
            </tr>
          </thead>
          <tbody>
            ${p.map(d=>s`<tr>
                <td>${d.number===t?s`<strong>${d.number}</strong>`:s`<a href="/soeg/indkaldelse/${encodeURIComponent(d.number)}">${d.number}</a>`}</td>
                <td>${d.citizenName}</td>
                <td>${d.cpr}</td>
                <td>${It(d.state)}</td>
                <td>${nt(d)}</td>
                <td>${rt(d)}</td>
                <td>${ze(d)}</td>
                ${u?s`<td>${d.state==="pending"?s`<button class="button button-secondary button-small" type="button" @click=${()=>void w(d)}>${R("remove")}<span class="sr-only">: ${d.citizenName}</span></button>`:f}</td>`:f}
              </tr>`)}
          </tbody>
        </table>
      </div>
      <h2>${R("audit")}</h2>
      ${m?F(m):!l||l.length===0?s`<p>${R("noAudit")}</p>`:s`<table class="table table--compact" id="summons-audit">
              <thead>
                <tr>
                  <th scope="col">${R("col.at")}</th>
                  <th scope="col">${R("col.action")}</th>
                  <th scope="col">${R("col.entity")}</th>
                  <th scope="col">${R("col.actor")}</th>
                </tr>
              </thead>
              <tbody>
                ${l.map(d=>s`<tr>
                    <td class="planner-nowrap">${Q(d.at)} ${re(d.at)}</td>
                    <td>${R(`action.${d.action}`)||d.action}</td>
                    <td>${R(`entity.${d.entity}`)} ${$(d)}</td>
                    <td>${d.actor}</td>
                  </tr>`)}
              </tbody>
            </table>`}`);b()}};var G=N({title:["Kalenderforbindelser","Calendar connections"],intro:["Forbindelsen til hver vejleders egen kalender. En vejleder, hvis kalender ikke kan læses, får ikke tilbudt tider, før den læses igen.","The connection to each advisor's own calendar. An advisor whose calendar cannot be read is offered no times until it is read again."],advisor:["Vejleder","Advisor"],team:["Team","Team"],kind:["Kalender","Calendar"],lastRead:["Sidst læst","Last read"],lag:["Forsinkelse","Lag"],error:["Fejl","Error"],healthy:["I orden","Healthy"],offered:["Tilbydes tider","Offered"],"kind.caldav":["CalDAV","CalDAV"],"kind.graph":["Outlook (Microsoft 365)","Outlook (Microsoft 365)"],none:["Ingen forbindelse","Not connected"],never:["Aldrig","Never"],yes:["Ja","Yes"],no:["Nej","No"],seconds:["{n} sek.","{n} s"],minutes:["{n} min.","{n} min"],hours:["{n} t.","{n} h"],days:["{n} døgn","{n} days"],authFailed:["Kalenderen afviste brugernavn eller adgangskode.","The calendar refused the user name or password."],writeError:["Skrivning fejlede: {error}","Writing failed: {error}"],retired:["{n} tidligere kalendere ryddes op","{n} earlier calendars being cleaned up"],updated:["Opdateret {time} — opdateres hvert 10. sekund","Updated {time} — refreshed every 10 seconds"],caption:["Vejledernes kalenderforbindelser","The advisors' calendar connections"],loading:["Henter …","Loading …"]}),pr=e=>!!e&&!e.startsWith("0001-01-01");function fr(e){if(e===void 0)return G("never");let t=Math.max(0,Math.round(e));return t<120?G("seconds",{n:t}):t<7200?G("minutes",{n:Math.round(t/60)}):t<172800?G("hours",{n:Math.round(t/3600)}):G("days",{n:Math.round(t/86400)})}var _n={path:"/forbindelser",title:()=>G("title"),async render(e){let t,n=[],r=new Map,o,a,l=(p,u)=>s`<span class="planner-flag planner-flag--${p?"ok":"bad"} ${u}">${G(p?"yes":"no")}</span>`,m=()=>{e.signal.aborted||L(s`<h1>${G("title")}</h1>
          <p>${G("intro")}</p>
          ${F(o)}
          ${t?s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${G("caption")}>
                <table class="table table--compact" id="connections">
                  <caption class="sr-only">${G("caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${G("advisor")}</th>
                      <th scope="col">${G("team")}</th>
                      <th scope="col">${G("kind")}</th>
                      <th scope="col">${G("lastRead")}</th>
                      <th scope="col">${G("lag")}</th>
                      <th scope="col">${G("healthy")}</th>
                      <th scope="col">${G("offered")}</th>
                      <th scope="col">${G("error")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${t.map(p=>{let u=r.get(p.id),v=n.find(b=>b.id===p.teamId)?.name??"";if(!u)return s`<tr data-advisor=${p.id}><th scope="row">${p.name}</th><td>${v}</td><td colspan="6">${G("loading")}</td></tr>`;if(u instanceof Error)return s`<tr data-advisor=${p.id}><th scope="row">${p.name}</th><td>${v}</td><td colspan="6">${F(u)}</td></tr>`;let w=[u.state.authFailed?G("authFailed"):"",u.state.lastError??"",u.state.writeError?G("writeError",{error:u.state.writeError}):"",!u.offered&&u.reason&&u.reason!==u.state.lastError?u.reason:""].filter(Boolean),$=u.retired.filter(b=>b.state!=="cleaned").length;return s`<tr data-advisor=${p.id}>
                        <th scope="row">${p.name}</th>
                        <td>${v}</td>
                        <td data-col="kind">${u.connected?G(`kind.${u.kind}`):G("none")}</td>
                        <td data-col="lastRead" class="planner-nowrap">${u.connected?pr(u.state.lastSuccess)?K(u.state.lastSuccess):G("never"):"–"}</td>
                        <td data-col="lag">${u.connected?fr(u.lagSeconds):"–"}</td>
                        <td data-col="healthy">${u.connected?l(u.healthy,""):"–"}</td>
                        <td data-col="offered">${l(u.offered,"")}</td>
                        <td data-col="error">
                          ${w.map(b=>s`<p class="planner-error-text">${b}</p>`)}
                          ${$?s`<p class="form-hint">${G("retired",{n:$})}</p>`:f}
                        </td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${a?s`<p class="form-hint" aria-live="off">${G("updated",{time:re(a)})}</p>`:f}`:o?f:s`<p>${G("loading")}</p>`}`,e.main)},c=async()=>{try{if(!t){let[p,u]=await Promise.all([E("/api/advisors"),E("/api/teams")]);t=p.advisors,n=u.teams,m()}await Promise.all(t.map(async p=>{try{r.set(p.id,await E(`/api/advisors/${p.id}/calendar/status`))}catch(u){r.set(p.id,u instanceof Error?u:new Error(String(u)))}})),o=void 0,a=new Date}catch(p){o=p}m()};m(),await c(),e.every(1e4,c)}};var Z=N({title:["Hvorfor er tiden ikke ledig?","Why is this time not free?"],intro:["Vælg et onlinetilbud, en vejleder og et tidspunkt. Planner svarer, om tiden er ledig, og ellers hvad der forhindrer den.","Choose an online offer, an advisor and a time. Planner answers whether the time is free and, if not, what stands in its way."],back:["Tilbage til ledige tider","Back to free times"],offer:["Onlinetilbud","Online offer"],chooseOffer:["Vælg et tilbud","Choose an offer"],inactive:["{name} (ikke aktivt)","{name} (not active)"],advisor:["Vejleder","Advisor"],chooseAdvisor:["Vælg en vejleder","Choose an advisor"],date:["Dato","Date"],time:["Klokkeslæt","Time"],submit:["Undersøg tiden","Check the time"],required:["Skal udfyldes","Is required"],free:["Tiden {when} er ledig hos {advisor}.","The time {when} is free with {advisor}."],notFree:["Tiden {when} er ikke ledig hos {advisor}:","The time {when} is not free with {advisor}:"],answer:["Svar","Answer"],detail:["Detaljer: {text}","Details: {text}"],"code.offer_inactive":["Tilbuddet er ikke aktivt.","The offer is not active."],"code.offer_not_open":["Tilbuddet er endnu ikke åbnet for booking.","The offer is not yet open for booking."],"code.advisor_not_on_offer":["Vejlederen er ikke tilknyttet tilbuddet.","The advisor is not on the offer."],"code.off_grid":["Tidspunktet passer ikke med tilbuddets starttidspunkter.","The time is not one of the offer's start times."],"code.notice":["En booking kræver mindst 1 dags varsel.","A booking needs 1 day's notice."],"code.before_first_date":["Tidspunktet ligger før tilbuddets første mødedato.","The time is before the offer's first meeting date."],"code.window":["Tidspunktet ligger uden for bookingperioden.","The time is outside the booking period."],"code.holiday":["Jobcentret har lukket den dag.","The job centre is closed that day."],"code.outside_hours":["Tidspunktet ligger uden for vejlederens arbejdstid.","The time is outside the advisor's working hours."],"code.absence":["Vejlederen er fraværende.","The advisor is absent."],"code.external_busy":["Vejlederens egen kalender er optaget.","The advisor's own calendar is busy."],"code.calendar_unreadable":["Vejlederens egen kalender kan ikke læses, så der tilbydes ingen tider.","The advisor's own calendar cannot be read, so no time is offered."],"code.meeting":["Vejlederen har et andet møde (afrapporteringstid medregnet).","The advisor has another meeting (reporting time included)."],"code.room_busy":["Lokalet er optaget.","The room is booked."],"code.no_session":["Ingen session i tilbuddet starter på dette tidspunkt.","No session of the offer starts at this time."],"code.seats_full":["Alle pladser er optaget.","Every seat is taken."],"code.seats_kept":["De resterende pladser er reserveret til ombooking.","The seats left are kept for rebooking."],busy:["Optaget {from}–{to}","Busy {from}–{to}"]});function gr(e,t){let[n,r,o]=e.split("-").map(Number),[a,l]=t.split(":").map(Number),m=Date.UTC(n,r-1,o,a,l),c=new Intl.DateTimeFormat("en-GB",{timeZone:De,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}),p=v=>{let w=c.formatToParts(new Date(v)),$=b=>Number(w.find(d=>d.type===b)?.value);return Date.UTC($("year"),$("month")-1,$("day"),$("hour"),$("minute"),$("second"))-v},u=m-p(m);return u=m-p(u),new Date(u)}var hr=e=>e.toISOString().replace(/\.\d{3}Z$/,"Z"),Nn={path:"/ledige-tider/forklar",title:()=>Z("title"),async render(e){let t=[],n=[],r={offer:e.query.get("offer")??"",advisor:e.query.get("advisor")??"",date:e.query.get("date")??"",time:e.query.get("time")??""},o,a,l=!1,m=()=>t.find(b=>String(b.id)===r.offer),c=b=>n.find(d=>String(d.id)===b)?.name??b,p=()=>{let b=["offer","advisor","date","time"].filter(d=>!r[d]).map(d=>({field:d,reason:Z("required")}));return b.length?new z(422,Z("required"),"",b,""):void 0},u=async()=>{if(a=void 0,o=p(),o)return $();l=!0,$();try{let b=gr(r.date,r.time),d=await E(`/api/offers/${r.offer}/explain${Qe({advisorId:r.advisor,start:hr(b)})}`);if(e.signal.aborted)return;a={...d,when:`${Q(b)} ${re(b)}`,advisor:c(r.advisor)}}catch(b){o=b instanceof z&&b.fields.length?new z(b.status,b.title,b.detail,b.fields.map(d=>({field:d.field==="advisorId"?"advisor":d.field==="start"?"date":d.field==="id"?"offer":d.field,reason:d.reason})),b.type,b.code):b}l=!1,$(),e.main.querySelector("#explain-answer")?.focus()},v=(b,d)=>{let i=`explain-${b}`,h=ke(o,b);return s`<div class="form-group ${h?"form-error":""}">
        <label class="form-label" for=${i}>${Z(b)}</label>
        ${be(o,b,i)}
        <input class="form-input planner-date" id=${i} name=${b} type=${d} .value=${r[b]} step=${d==="time"?"300":f}
          aria-invalid=${h?"true":f} aria-describedby=${h?`${i}-error`:f}
          @change=${k=>r[b]=k.target.value} />
      </div>`},w=(b,d,i)=>{let h=`explain-${b}`,k=ke(o,b);return s`<div class="form-group ${k?"form-error":""}">
        <label class="form-label" for=${h}>${Z(b)}</label>
        ${be(o,b,h)}
        <select class="form-select" id=${h} name=${b} .value=${r[b]} aria-invalid=${k?"true":f} aria-describedby=${k?`${h}-error`:f}
          @change=${C=>{r[b]=C.target.value,b==="offer"&&!m()?.advisors.map(String).includes(r.advisor)&&(r.advisor=""),$()}}>
          <option value="" ?selected=${!r[b]}>${i}</option>
          ${d.map(C=>s`<option value=${C.value} ?selected=${C.value===r[b]}>${C.label}</option>`)}
        </select>
      </div>`},$=()=>{if(e.signal.aborted)return;let b=m(),d=b?n.filter(i=>b.advisors.includes(i.id)):n;L(s`<p><a href="/ledige-tider" class="back-link">${Z("back")}</a></p>
          <h1>${Z("title")}</h1>
          <p>${Z("intro")}</p>
          <form class="planner-explain" novalidate @submit=${i=>{i.preventDefault(),history.replaceState(history.state,"",location.pathname+Qe(r)),u()}}>
            ${w("offer",t.map(i=>({value:String(i.id),label:i.active?i.name:Z("inactive",{name:i.name})})),Z("chooseOffer"))}
            ${w("advisor",d.map(i=>({value:String(i.id),label:i.name})),Z("chooseAdvisor"))}
            <div class="planner-daterange">${v("date","date")} ${v("time","time")}</div>
            <button class="button button-primary" type="submit" ?disabled=${l}>${Z("submit")}</button>
          </form>
          ${o instanceof z&&o.fields.length?f:F(o)}
          ${a?s`<section id="explain-answer" tabindex="-1" aria-label=${Z("answer")} class="planner-answer">
                ${a.free?le(Z("free",{when:a.when,advisor:a.advisor})):s`<div class="alert alert-warning" role="status">
                      <div class="alert-body">
                        <p class="alert-heading">${Z("notFree",{when:a.when,advisor:a.advisor})}</p>
                        <ul class="planner-obstacles">
                          ${a.obstacles.map(i=>s`<li data-code=${i.code}>
                              <strong>${Z(`code.${i.code}`)}</strong>
                              ${i.interval?s` ${Z("busy",{from:`${Q(i.interval.start)} ${re(i.interval.start)}`,to:re(i.interval.end)})}.`:f}
                              <br /><span class="form-hint" data-detail>${Z("detail",{text:me()==="da"&&i.detailDa||i.detail})}</span>
                            </li>`)}
                        </ul>
                      </div>
                    </div>`}
              </section>`:f}`,e.main)};$();try{let[b,d]=await Promise.all([E("/api/offers"),E("/api/advisors")]);t=b.offers,n=d.advisors}catch(b){o=b}$(),r.offer&&r.advisor&&r.date&&r.time&&await u()}};var ne=N({title:["Ledige tider","Free times"],intro:["Antal ledige tider pr. onlinetilbud og vejleder i de kommende 12 uger. Det aktuelle tal for ét tilbud ses på tilbuddets side.","Free places per online offer and advisor over the coming 12 weeks. The offer's own page shows its live figure."],offer:["Onlinetilbud","Online offer"],form:["Mødeform","Meeting form"],week:["Uge {n}","Week {n}"],weekLong:["Uge {n} {year}","Week {n} {year}"],none:["Ingen ledige tider","No free times"],noOffers:["Der er ingen aktive onlinetilbud.","There are no active online offers."],showAdvisors:["Vis vejledere for {offer}","Show advisors of {offer}"],allAdvisors:["Alle vejledere (fællesmøde)","All advisors (group meeting)"],explain:["Hvorfor er en tid ikke ledig?","Why is a time not free?"],updated:["Opdateret {time}","Updated {time}"],caption:["Ledige tider pr. uge","Free times per week"],loading:["Henter …","Loading …"]});function br(e){let[t,n,r]=e.split("-").map(Number),o=new Date(Date.UTC(t,n-1,r)),a=o.getUTCDay()||7;o.setUTCDate(o.getUTCDate()+4-a);let l=Date.UTC(o.getUTCFullYear(),0,1);return{year:o.getUTCFullYear(),week:Math.ceil(((o.getTime()-l)/864e5+1)/7)}}function vr(e){let[t,n,r]=yt(new Date).split("-").map(Number),o=[];for(let a=0;a<e;a++){let l=new Date(Date.UTC(t,n-1,r+7*a)).toISOString().slice(0,10);o.push(br(l))}return o}var Hn={path:"/ledige-tider",title:()=>ne("title"),async render(e){let t=new Set,n,r=[],o,a,l=vr(12),m=u=>u===0?ne("allAdvisors"):r.find(v=>v.id===u)?.name??`#${u}`,c=u=>u?s`<td class="planner-num">${u}</td>`:s`<td class="planner-num"><span aria-hidden="true">-</span><span class="sr-only">${ne("none")}</span></td>`,p=()=>{e.signal.aborted||L(s`<h1>${ne("title")}</h1>
          <p>${ne("intro")}</p>
          <p><a href="/ledige-tider/forklar">${ne("explain")}</a></p>
          ${F(o)}
          ${n?n.length===0?s`<p>${ne("noOffers")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${ne("caption")}>
                  <table class="table table--compact planner-freetimes" id="free-times">
                    <caption class="sr-only">${ne("caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${ne("offer")}</th>
                        <th scope="col">${ne("form")}</th>
                        ${l.map(u=>s`<th scope="col" class="planner-num"><abbr title=${ne("weekLong",{n:u.week,year:u.year})}>${ne("week",{n:u.week})}</abbr></th>`)}
                      </tr>
                    </thead>
                    ${n.map(u=>{let v=b=>u.weeks.filter(d=>d.year===b.year&&d.week===b.week).reduce((d,i)=>d+i.count,0),w=[...new Set(u.weeks.map(b=>b.advisorId))],$=t.has(u.offerId);return s`<tbody data-offer=${u.offerId}>
                        <tr class="planner-offerrow">
                          <th scope="row">
                            ${w.length>0?s`<button class="button button-unstyled planner-expand" type="button" aria-expanded=${$?"true":"false"}
                                  aria-controls=${w.map(b=>`ft-${u.offerId}-${b}`).join(" ")} @click=${()=>{$?t.delete(u.offerId):t.add(u.offerId),p()}}><span aria-hidden="true">${$?"▾":"▸"}</span><span class="sr-only">${ne("showAdvisors",{offer:u.name})}</span></button>`:f}
                            <a href="/tilbud/${u.offerId}">${u.name}</a>
                          </th>
                          <td>${Mt(u.form)}</td>
                          ${l.map(b=>c(v(b)))}
                        </tr>
                        ${w.map(b=>s`<tr class="planner-advisorrow" id="ft-${u.offerId}-${b}" ?hidden=${!$} data-advisor=${b}>
                            <th scope="row" class="planner-indent">${m(b)}</th>
                            <td></td>
                            ${l.map(d=>c(u.weeks.find(i=>i.advisorId===b&&i.year===d.year&&i.week===d.week)?.count))}
                          </tr>`)}
                      </tbody>`})}
                  </table>
                </div>
                ${a?s`<p class="form-hint">${ne("updated",{time:re(a)})}</p>`:f}`:o?f:s`<p>${ne("loading")}</p>`}`,e.main)};p();try{let[u,v]=await Promise.all([E("/api/free-times-overview?weeks=12"),E("/api/advisors")]);n=u.offers,r=v.advisors,a=new Date}catch(u){o=u}p()}};var fe=N({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),On={path:"/",title:()=>fe("title"),async render(e){let t=[],n=(o,a)=>{let l=(o?.frontPage.absentNow??[]).map(m=>t.find(c=>c.id===m)?.name??`#${m}`);L(s`<h1>${fe("title")}</h1>
          ${F(a)}
          ${o?s`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${fe("absent")}</h2>
                    ${l.length===0?s`<p>${fe("noneAbsent")}</p>`:s`<ul class="planner-absent">
                          ${l.map(m=>s`<li>${m}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${fe("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${fe("notSent")}</dt><dd data-count="notSent">${o.frontPage.notSent}</dd></div>
                      <div><dt>${fe("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${o.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${fe("deadline")}</dt><dd data-count="deadlineExceeded">${o.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${fe("pending")}</a>: <span data-count="pendingCounter">${fe("pendingCount",{n:o.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${fe("updated",{time:re(o.at)})}</p>`:""}`,e.main)},r=async()=>{try{let[o,a]=await Promise.all([E("/api/advisors"),E("/api/front-page")]);t=o.advisors,n(a)}catch(o){n(void 0,o)}};await r(),e.every(1e4,r)}};var T=N({"title.pending":["Afventerliste","Pending list"],"title.follow_up":["Opfølgningsliste","Follow-up list"],"intro.pending":["Indkaldelser, der er oprettet internt og endnu ikke sendt til Jobnet. Markeres en indkaldelse til et fællesmøde, markeres alle mødets deltagere.","Summonses created internally and not yet sent to Jobnet. Selecting a group meeting's summons selects all its participants."],"intro.follow_up":["Indkaldelser, der er sendt til Jobnet: én række pr. borger pr. indkaldelse.","Summonses sent to Jobnet: one row per citizen per summons."],tabs:["Lister over indkaldelser","Summons lists"],counter:["{n} afventende møder fra i dag","{n} pending meetings from today"],filters:["Filtrér","Filter"],search:["Søg på indkaldelsesnr., navn eller CPR-nr.","Search by summons no., name or CPR no."],searchHint:["Søgningen gemmes ikke i adressen.","The search is not kept in the address."],searchButton:["Søg","Search"],dateField:["Datofelt","Date field"],"dateField.none":["Ingen datofiltrering","No date filter"],"dateField.meeting":["Indkaldelsesdato","Summons date"],"dateField.holding_deadline":["Afholdelsesfrist","Holding deadline"],"dateField.sent":["Sendt til Jobnet","Sent to Jobnet"],from:["Fra","From"],to:["Til","To"],team:["Team (med underteams)","Team (with sub-teams)"],advisor:["Ansvarlig vejleder","Responsible advisor"],type:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],channel:["Afholdelsesform","Channel"],deadline:["Frist overskredet","Deadline exceeded"],seen:["Set af borgeren","Seen by the citizen"],status:["Status","Status"],"status.all":["Alle møder","All meetings"],"status.current":["Skjul gamle møder","Hide old meetings"],all:["Alle","All"],yes:["Ja","Yes"],no:["Nej","No"],reset:["Nulstil","Reset"],"col.select":["Vælg","Select"],"col.number":["Indkaldelsesnr.","Summons no."],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.date":["Indkaldelsesdato","Summons date"],"col.rebook":["Ombookingsfrist","Rebook deadline"],"col.holding":["Afholdelsesfrist","Holding deadline"],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.advisors":["Vejledere","Advisors"],"col.room":["Lokale","Room"],"col.summoner":["Indkalder","Summoner"],"col.type":["Type","Type"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.jobnetAt":["Jobnet sync dato","Jobnet sync date"],"col.inCalendar":["Overført til kalender","Transferred to calendar"],sortNone:[", klik for at sortere",", click to sort"],sortAsc:[", sorteret stigende",", sorted ascending"],sortDesc:[", sorteret faldende",", sorted descending"],selectAll:["Vælg alle","Select all"],selectRow:["Vælg {number} {name}","Select {number} {name}"],selected:["{n} valgt","{n} selected"],noneSelected:["Ingen rækker valgt","No rows selected"],groupSelected:["Fællesmøde: alle {n} deltagere er valgt","Group meeting: all {n} participants selected"],groupDeselected:["Fællesmøde: alle {n} deltagere er fravalgt","Group meeting: all {n} participants deselected"],send:["Indkald valgte","Send selected"],delete:["Slet valgte","Delete selected"],sent:["{n} indkaldelser er sendt til Jobnet.","{n} summonses were sent to Jobnet."],deleted:["{n} indkaldelser er slettet.","{n} summonses were deleted."],confirmTitle:["Slet internt oprettede aftaler","Delete summonses created internally"],confirmBody:["Er du sikker på, at du vil slette de {n} valgte internt oprettede aftaler? Det kan ikke fortrydes.","Are you sure you want to delete the {n} selected summonses created internally? This cannot be undone."],confirmOk:["Slet","Delete"],rows:["Viser {first}–{last} af {total} rækker","Showing {first}–{last} of {total} rows"],noRows:["Ingen indkaldelser passer til filtreringen.","No summonses match the filter."],loading:["Henter …","Loading …"],perPage:["Rækker pr. side","Rows per page"],paging:["Skift side i tabellen","Change the table's page"],prev:["Forrige side","Previous page"],next:["Næste side","Next page"],pageOf:["Side {page} af {pages}","Page {page} of {pages}"],tableLabel:["{list}: indkaldelser","{list}: summonses"]}),en={pending:"",follow_up:""},Dt=[25,50,100],$r=["dateField","from","to","team","advisor","type","variant","channel","deadline","seen","status"];function yr(e){let t=Number(e.get("size"));return{dateField:e.get("dateField")??"",from:e.get("from")??"",to:e.get("to")??"",team:e.get("team")??"",advisor:e.get("advisor")??"",type:e.get("type")??"",variant:e.get("variant")??"",channel:e.get("channel")??"",deadline:e.get("deadline")??"",seen:e.get("seen")??"",status:e.get("status")??"",sort:e.get("sort")??"",desc:e.get("desc")==="true",page:Math.max(1,Number(e.get("page"))||1),size:Dt.includes(t)?t:Dt[0]}}function kr(e){let t=new URLSearchParams;for(let r of $r)e[r]&&t.set(r,e[r]);e.sort&&t.set("sort",e.sort),e.desc&&t.set("desc","true"),e.page>1&&t.set("page",String(e.page)),e.size!==Dt[0]&&t.set("size",String(e.size));let n=t.toString();return location.pathname+(n?`?${n}`:"")}var jn=e=>e==="yes"?!0:e==="no"?!1:void 0;function wr(e,t,n){return{list:e,search:n.trim(),dateField:t.dateField,from:t.dateField?t.from:"",to:t.dateField?t.to:"",teams:t.team?[Number(t.team)]:[],advisorId:t.advisor?Number(t.advisor):void 0,meetingType:t.type,variant:t.variant,channel:t.channel,deadlineExceeded:jn(t.deadline),seen:jn(t.seen),hideOld:t.status==="current"||void 0,sort:t.sort,desc:t.desc||void 0,limit:t.size,offset:(t.page-1)*t.size}}function Tr(e){let t=[],n=(r,o)=>{for(let a of e.filter(l=>(l.parentId??0)===(r??0)).sort((l,m)=>l.name.localeCompare(m.name,"da")))t.push({id:a.id,label:`${"  ".repeat(o)}${a.name}`}),n(a.id,o+1)};n(void 0,0);for(let r of e)t.some(o=>o.id===r.id)||t.push({id:r.id,label:r.name});return t}function Fn(e){return{path:e==="pending"?"/afventer":"/opfoelgning",title:()=>T(`title.${e}`),async render(t){await Ar(t,e)}}}async function Ar(e,t){let n=yr(e.query),r=en[t],o,a,l,m="",c=!0,p,u=[],v=[],w=[],$=new Set,b=0,d=t==="pending",i=g=>v.find(x=>x.id===g)?.name??`#${g}`,h=[{key:"number",label:()=>T("col.number"),sort:"number",cell:g=>s`<a href="/soeg/indkaldelse/${encodeURIComponent(g.number)}">${g.number}</a>`},{key:"name",label:()=>T("col.name"),sort:"name",cell:g=>g.citizenName},{key:"cpr",label:()=>T("col.cpr"),sort:"cpr",cell:g=>g.cprFull||g.cpr,className:"planner-nowrap"},{key:"date",label:()=>T("col.date"),sort:"date",cell:g=>K(g.start),className:"planner-nowrap"},...d?[{key:"rebook",label:()=>T("col.rebook"),cell:g=>Q(g.rebookDeadline),className:"planner-nowrap"}]:[],{key:"holding",label:()=>T("col.holding"),sort:"holding_deadline",cell:g=>Q(g.holdingDeadline),className:"planner-nowrap"},{key:"deadline",label:()=>T("col.deadline"),sort:"deadline_exceeded",cell:nt},{key:"seen",label:()=>T("col.seen"),sort:"seen",cell:rt},{key:"team",label:()=>T("col.team"),sort:"team",cell:g=>g.teamName},d?{key:"advisor",label:()=>T("col.advisor"),sort:"advisor",cell:g=>g.advisorName}:{key:"advisors",label:()=>T("col.advisors"),sort:"advisor",cell:g=>s`${g.advisors.map((x,I)=>s`${I>0?", ":""}${I===0?s`<strong>${g.advisorName||i(x)}</strong>`:i(x)}`)}`},{key:"room",label:()=>T("col.room"),sort:"room",cell:g=>g.roomName??""},{key:"summoner",label:()=>T("col.summoner"),sort:"summoner",cell:g=>g.summoner},{key:"type",label:()=>T("col.type"),sort:"type",cell:g=>g.variant?`${g.meetingType} – ${g.variant}`:g.meetingType},{key:"jobnet",label:()=>T("col.jobnet"),sort:"jobnet_state",cell:ze},{key:"jobnetAt",label:()=>T("col.jobnetAt"),sort:"jobnet_date",cell:g=>K(g.jobnetAt),className:"planner-nowrap"},{key:"inCalendar",label:()=>T("col.inCalendar"),sort:"in_calendar",cell:g=>Be(g.inCalendar)}],k=(g,x=!1)=>{n={...n,...g,page:x?g.page??n.page:g.page??1},history.replaceState(history.state,"",kr(n)),C()},C=async()=>{let g=++b;c=!0,y();try{let x=await Xt(wr(t,n,r));if(g!==b||e.signal.aborted)return;o=x,a=void 0;let I=Math.max(1,Math.ceil(x.total/n.size));if(n.page>I&&x.total>0){k({page:I},!0);return}}catch(x){if(g!==b)return;a=x,o=void 0}c=!1,y()},U=async()=>{try{p=(await E("/api/front-page")).pendingCounter,y()}catch{}},te=async g=>{if(g.form!=="group")return[g.summonsId];let I=(await Xt({list:"pending",search:g.number,limit:500})).rows.filter(M=>M.meetingId===g.meetingId).map(M=>M.summonsId);return I.length>0?I:[g.summonsId]},de=async(g,x)=>{l=void 0,m="";try{for(let I of g){let M=await te(I);for(let A of M)x?$.add(A):$.delete(A);M.length>1&&g.length===1&&V(T(x?"groupSelected":"groupDeselected",{n:M.length}))}}catch(I){l=I}y()},it=async g=>{let x=[...$];if(x.length!==0&&!(g==="delete"&&!await Re({title:T("confirmTitle"),body:T("confirmBody",{n:x.length}),ok:T("confirmOk"),danger:!0}))){l=void 0,m="";try{await Y(g==="send"?"/api/summonses/send":"/api/summonses/delete",{ids:x}),$.clear(),m=T(g==="send"?"sent":"deleted",{n:x.length}),V(m)}catch(I){l=I}await Promise.all([C(),U()])}},Nt=g=>{let x=n.sort||"date";k({sort:g,desc:x===g?!n.desc:!1},!1)},Ht=g=>{if(!g.sort)return s`<th scope="col">${g.label()}</th>`;let I=(n.sort||"date")===g.sort?n.desc?"descending":"ascending":void 0;return s`<th scope="col" aria-sort=${I??f}>
      <button class="button button-unstyled planner-sort" type="button" data-sort=${g.sort} @click=${()=>Nt(g.sort)}>
        ${g.label()}<span class="sr-only">${T(I==="ascending"?"sortAsc":I==="descending"?"sortDesc":"sortNone")}</span>
        <span class="planner-sort-icon" aria-hidden="true">${I==="ascending"?"▲":I==="descending"?"▼":"↕"}</span>
      </button>
    </th>`},pe=(g,x,I,M,A,mt="")=>s`<div class="form-group">
      <label class="form-label" for=${g}>${x}</label>
      <select class="form-select" id=${g} name=${g} .value=${I} aria-invalid=${ke(a,mt)?"true":f}
        @change=${Ve=>A(Ve.target.value)}>
        ${M.map(Ve=>s`<option value=${Ve.value} ?selected=${Ve.value===I}>${Ve.label}</option>`)}
      </select>
    </div>`,ce=()=>[{value:"",label:T("all")},{value:"yes",label:T("yes")},{value:"no",label:T("no")}],lt=g=>{let x=`${t}-${g}`,I=ke(a,g);return s`<div class="form-group ${I?"form-error":""}">
      <label class="form-label" for=${x}>${T(g)}</label>
      ${be(a,g,x)}
      <input class="form-input planner-date" type="date" id=${x} name=${g} .value=${n[g]} ?disabled=${!n.dateField}
        aria-invalid=${I?"true":f} aria-describedby=${I?`${x}-error`:f}
        @change=${M=>k({[g]:M.target.value})} />
    </div>`},dt=()=>{let g=[...new Set(w.map(A=>A.meetingType).filter(Boolean))].sort((A,mt)=>A.localeCompare(mt,"da")),x=[...new Set(w.filter(A=>!n.type||A.meetingType===n.type).map(A=>A.variant??"").filter(Boolean))].sort(),I=`${t}-search`,M=ke(a,"search");return s`<form class="planner-filters" role="search" aria-label=${T("filters")} @submit=${A=>{A.preventDefault(),r=A.target.querySelector(`#${I}`).value,en[t]=r,k({})}}>
      <h2 class="h4">${T("filters")}</h2>
      <div class="form-group planner-wide ${M?"form-error":""}">
        <label class="form-label" for=${I}>${T("search")}</label>
        <span class="form-hint" id="${I}-hint">${T("searchHint")}</span>
        ${be(a,"search",I)}
        <div class="planner-search-row">
          <input class="form-input" type="search" id=${I} name="search" autocomplete="off" .value=${r}
            aria-describedby="${I}-hint${M?` ${I}-error`:""}" />
          <button class="button button-secondary" type="submit">${T("searchButton")}</button>
        </div>
      </div>
      ${pe(`${t}-dateField`,T("dateField"),n.dateField,[{value:"",label:T("dateField.none")},{value:"meeting",label:T("dateField.meeting")},{value:"holding_deadline",label:T("dateField.holding_deadline")},{value:"sent",label:T("dateField.sent")}],A=>k(A?{dateField:A}:{dateField:"",from:"",to:""}),"dateField")}
      ${lt("from")}${lt("to")}
      ${pe(`${t}-team`,T("team"),n.team,[{value:"",label:T("all")},...Tr(u).map(A=>({value:String(A.id),label:A.label}))],A=>k({team:A}))}
      ${pe(`${t}-advisor`,T("advisor"),n.advisor,[{value:"",label:T("all")},...v.map(A=>({value:String(A.id),label:A.name}))],A=>k({advisor:A}))}
      ${pe(`${t}-type`,T("type"),n.type,[{value:"",label:T("all")},...g.map(A=>({value:A,label:A}))],A=>k({type:A,variant:""}))}
      ${pe(`${t}-variant`,T("variant"),n.variant,[{value:"",label:T("all")},...x.map(A=>({value:A,label:A}))],A=>k({variant:A}))}
      ${pe(`${t}-channel`,T("channel"),n.channel,[{value:"",label:T("all")},...["digital","in_person","phone"].map(A=>({value:A,label:Et(A)}))],A=>k({channel:A}))}
      ${pe(`${t}-deadline`,T("deadline"),n.deadline,ce(),A=>k({deadline:A}))}
      ${pe(`${t}-seen`,T("seen"),n.seen,ce(),A=>k({seen:A}))}
      ${pe(`${t}-status`,T("status"),n.status,[{value:"",label:T("status.all")},{value:"current",label:T("status.current")}],A=>k({status:A}))}
      <button class="button button-secondary planner-reset" type="button" @click=${()=>{r="",en[t]="";let A=e.main.querySelector(`#${I}`);A&&(A.value=""),k({dateField:"",from:"",to:"",team:"",advisor:"",type:"",variant:"",channel:"",deadline:"",seen:"",status:"",sort:"",desc:!1})}}>${T("reset")}</button>
    </form>`},Oe=g=>{let x=g.rows,I=x.length>0&&x.every(M=>$.has(M.summonsId));return s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${T("tableLabel",{list:T(`title.${t}`)})}>
      <table class="table table--compact planner-list" id="${t}-table" aria-busy=${c?"true":"false"}>
        <thead>
          <tr>
            ${d?s`<th scope="col" class="planner-select">
                  <div class="form-group-checkbox">
                    <input id="${t}-check-all" type="checkbox" class="form-checkbox" .checked=${I}
                      @change=${M=>void de(x,M.target.checked)} />
                    <label for="${t}-check-all">${T("selectAll")}</label>
                  </div>
                </th>`:f}
            ${h.map(Ht)}
          </tr>
        </thead>
        <tbody>
          ${x.length===0?s`<tr><td colspan=${h.length+(d?1:0)}>${T("noRows")}</td></tr>`:x.map(M=>s`<tr class=${$.has(M.summonsId)?"planner-selected":""} data-summons=${M.summonsId} data-meeting=${M.meetingId}>
                  ${d?s`<td class="planner-select">
                        <div class="form-group-checkbox">
                          <input id="${t}-check-${M.summonsId}" type="checkbox" class="form-checkbox" .checked=${$.has(M.summonsId)}
                            @change=${A=>void de([M],A.target.checked)} />
                          <label for="${t}-check-${M.summonsId}"><span class="sr-only">${T("selectRow",{number:M.number,name:M.citizenName})}</span></label>
                        </div>
                      </td>`:f}
                  ${h.map(A=>s`<td class=${A.className??""} data-col=${A.key}>${A.cell(M)}</td>`)}
                </tr>`)}
        </tbody>
      </table>
    </div>`},ct=g=>{let x=Math.max(1,Math.ceil(g.total/n.size)),I=g.total===0?0:(n.page-1)*n.size+1,M=Math.min(g.total,n.page*n.size);return s`<div class="planner-pager">
      <p class="rows-message" aria-live="polite" aria-atomic="true" data-rows>${T("rows",{first:I,last:M,total:g.total})}</p>
      <div class="form-group planner-pagesize">
        <label class="form-label" for="${t}-size">${T("perPage")}</label>
        <select class="form-select" id="${t}-size" .value=${String(n.size)} @change=${A=>k({size:Number(A.target.value)})}>
          ${Dt.map(A=>s`<option value=${A} ?selected=${A===n.size}>${A}</option>`)}
        </select>
      </div>
      <div class="planner-pagination" role="group" aria-label=${T("paging")}>
        <button class="button button-secondary" type="button" ?disabled=${n.page<=1} @click=${()=>k({page:n.page-1},!0)}>${T("prev")}</button>
        <span data-page>${T("pageOf",{page:n.page,pages:x})}</span>
        <button class="button button-secondary" type="button" ?disabled=${n.page>=x} @click=${()=>k({page:n.page+1},!0)}>${T("next")}</button>
      </div>
    </div>`},Ot=()=>s`<nav class="planner-listtabs" aria-label=${T("tabs")}>
      <ul>
        <li><a href="/afventer" aria-current=${d?"page":"false"}>${T("title.pending")}${p!==void 0?s` <span class="badge planner-counter" data-counter aria-hidden="true">(${p})</span><span class="sr-only"> – ${T("counter",{n:p})}</span>`:f}</a></li>
        <li><a href="/opfoelgning" aria-current=${d?"false":"page"}>${T("title.follow_up")}</a></li>
      </ul>
    </nav>`,y=()=>{e.signal.aborted||L(s`<h1>${T(`title.${t}`)}</h1>
        ${Ot()}
        <p>${T(`intro.${t}`)}</p>
        <div class="planner-listlayout">
          ${dt()}
          <section class="planner-listmain" aria-label=${T(`title.${t}`)}>
            ${le(m)} ${F(l)} ${F(a)}
            ${o?s`${ct(o)} ${Oe(o)}`:c?s`<p>${T("loading")}</p>`:f}
            ${d&&o?s`<div class="table-actions planner-actions">
                  <p class="table-selected-number" aria-live="polite" data-selected>${$.size?T("selected",{n:$.size}):T("noneSelected")}</p>
                  <div class="button-group">
                    <button class="button button-primary" type="button" ?disabled=${$.size===0} @click=${()=>void it("send")}>${T("send")}</button>
                    <button class="button button-secondary" type="button" ?disabled=${$.size===0} @click=${()=>void it("delete")}>${T("delete")}</button>
                  </div>
                </div>`:f}
          </section>
        </div>`,e.main)};y();let _=Promise.all([E("/api/teams").then(g=>u=g.teams),E("/api/advisors").then(g=>v=g.advisors),E("/api/offers").then(g=>w=g.offers)]).catch(g=>a=g);await Promise.all([C(),_,U()]),y(),e.every(1e4,U)}var Pn=Fn("pending"),Ln=Fn("follow_up");var Ue=e=>e?me()==="en"?e.en:e.da:"",tn=N({individual:["Individuelt møde","Individual meeting"],group:["Fællesmøde","Group meeting"],digital:["Digitalt","Digital"],in_person:["Personlig kontakt","In person"],phone:["Telefon","Phone"],advisor_calls:["Vejleder ringer til borger","The advisor calls the citizen"],citizen_calls:["Borger ringer til vejleder","The citizen calls the advisor"]}),ge=e=>e==="individual"||e==="group"?tn(e):e,ue=e=>e==="digital"||e==="in_person"||e==="phone"?tn(e):e,He=e=>e==="advisor_calls"||e==="citizen_calls"?tn(e):"";async function _t(){let[e,t,n]=await Promise.all([E("/api/teams"),E("/api/advisors"),E("/api/rooms")]);return{teams:e.teams,advisors:t.advisors,rooms:n.rooms}}var Te=(e,t)=>e.find(n=>n.id===t)?.name??"";function Se(e){if(!e)return"";let[t,n,r]=e.split("-");return`${r}-${n}-${t}`}function nn(e){let t=new Intl.DateTimeFormat("sv-SE",{timeZone:De,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(new Date(e)),[n,r]=t.split(" ");return[n,r]}function Bn(e,t){let[n,r,o]=e.split("-").map(Number),[a,l]=t.split(":").map(Number),m=Date.UTC(n,r-1,o,a,l),c=m;for(let p=0;p<3;p++){let[u,v]=nn(new Date(c).toISOString()),[w,$,b]=u.split("-").map(Number),[d,i]=v.split(":").map(Number);c+=m-Date.UTC(w,$-1,b,d,i)}return new Date(c).toISOString().replace(".000Z","Z")}var D=N({title:["Onlinetilbud","Online offer"],back:["Tilbage til oversigten","Back to the list"],download:["Hent deltagerliste","Download participant list"],deactivate:["Deaktiver tilbud","Deactivate offer"],activate:["Aktiver tilbud","Activate offer"],edit:["Rediger online tilbud","Edit online offer"],details:["Detaljer","Details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],duration:["Varighed","Duration"],minutes:["{n} minutter","{n} minutes"],description:["Beskrivelse","Description"],team:["Team","Team"],advisors:["Vejledere","Advisors"],status:["Status","Status"],active:["Aktiv","Active"],inactive:["Inaktiv","Inactive"],changed:["Sidst ændret","Last changed"],changedBy:["{at} af {by}","{at} by {by}"],weeks:["Ledige tider for tilbuddet","Free times of the offer"],week:["Uge","Week"],free:["Ledige pladser","Free places"],noWeeks:["Tilbuddet har ingen ledige tider.","The offer has no free times."],updated:["Opdateret {time}","Updated {time}"],booked:["Tilmeldte borgere","Booked citizens"],search:["Søg på navn eller CPR-nummer","Search by name or CPR number"],searchBtn:["Søg","Search"],clear:["Vis alle","Show all"],cpr:["CPR","CPR"],name:["Navn","Name"],contactGroup:["Kontaktgruppe","Contact group"],age:["Alder","Age"],deadline:["Frist for afholdelse","Holding deadline"],when:["Dato og klokkeslæt","Date and time"],noBooked:["Ingen borgere har booket tilbuddet.","No citizen has booked the offer."],noMatch:["Ingen tilmeldte borgere passer til søgningen.","No booked citizen matches the search."],found:["{n} tilmeldte borgere","{n} booked citizens"],nowActive:["Tilbuddet er aktiveret og vises på Jobnet.","The offer is activated and shown on Jobnet."],nowInactive:["Tilbuddet er deaktiveret og vises ikke længere på Jobnet.","The offer is deactivated and no longer shown on Jobnet."],sessions:["Fællesmøder","Group sessions"]}),zn={path:"/tilbud/:id",title:()=>D("title"),async render(e){let t=Number(e.params.id),n,r=[],o="",a="",l={teams:[],advisors:[],rooms:[]},m,c="",p=new Date,u=(d,i)=>s`<div><dt>${d}</dt><dd>${i||"–"}</dd></div>`,v=()=>{let d=n?.offer;L(s`<p><a class="back-link" href="/tilbud">${D("back")}</a></p>
          <h1>${d?.name??D("title")}</h1>
          ${F(m)} ${le(c)}
          ${d?s`<div class="planner-buttons planner-offer-actions">
                  <a class="button button-secondary" href="/api/offers/${t}/participants.xlsx" download="deltagere-${t}.xlsx">${D("download")}</a>
                  <button class="button button-secondary" type="button" @click=${b}>${d.active?D("deactivate"):D("activate")}</button>
                  <a class="button button-primary" href="/tilbud/${t}/rediger">${D("edit")}</a>
                </div>
                <div class="row">
                  <section class="col-12 col-lg-7" aria-labelledby="details-h">
                    <h2 id="details-h">${D("details")}</h2>
                    <dl class="planner-details">
                      ${u(D("meetingType"),d.meetingType)} ${u(D("variant"),d.variant)} ${u(D("form"),ge(d.form))}
                      ${u(D("channel"),ue(d.channel))} ${d.caller?u(D("caller"),He(d.caller)+(d.phone?` (${d.phone})`:"")):f}
                      ${u(D("opensOn"),Se(d.opensOn))} ${d.form==="individual"?u(D("firstMeeting"),Se(d.firstMeetingDate)):f}
                      ${u(D("fixedEnd"),Se(d.fixedEnd))} ${u(D("duration"),D("minutes",{n:d.durationMinutes}))}
                      ${u(D("team"),Te(l.teams,d.teamId))} ${u(D("advisors"),d.advisors.map(i=>Te(l.advisors,i)).join(", "))}
                      ${d.form==="group"?u(D("sessions"),s`<ul class="planner-plain-list">${(d.sessions??[]).map(i=>s`<li>${K(i.start)}</li>`)}</ul>`):f}
                      ${u(D("description"),s`<span class="planner-pre">${d.description}</span>`)}
                      ${u(D("status"),s`<span data-status>${d.active?D("active"):D("inactive")}</span>`)}
                      ${u(D("changed"),d.changedBy?D("changedBy",{at:K(d.changedAt),by:d.changedBy}):K(d.changedAt))}
                    </dl>
                  </section>
                  <section class="col-12 col-lg-5" aria-labelledby="weeks-h">
                    <h2 id="weeks-h">${D("weeks")}</h2>
                    ${n.weeks.length===0?s`<p>${D("noWeeks")}</p>`:s`<table class="table table--compact planner-weeks">
                          <thead><tr><th scope="col">${D("week")}</th><th scope="col" class="text-align-right">${D("free")}</th></tr></thead>
                          <tbody>
                            ${n.weeks.map(i=>s`<tr data-week=${`${i.year}-W${i.week}`}><th scope="row">${i.week} (${i.year})</th><td class="text-align-right">${i.count}</td></tr>`)}
                          </tbody>
                        </table>`}
                    <p class="form-hint">${D("updated",{time:re(p)})}</p>
                  </section>
                </div>
                <section aria-labelledby="booked-h">
                  <h2 id="booked-h">${D("booked")}</h2>
                  <form class="planner-search" role="search" @submit=${i=>{i.preventDefault(),$(!0)}}>
                    <div class="form-group">
                      <label class="form-label" for="booked-search">${D("search")}</label>
                      <input class="form-input" id="booked-search" type="search" autocomplete="off" .value=${o} @input=${i=>o=i.target.value} />
                    </div>
                    <button class="button button-secondary" type="submit">${D("searchBtn")}</button>
                    ${a?s`<button class="button button-tertiary" type="button" @click=${()=>{o="",$(!0)}}>${D("clear")}</button>`:f}
                  </form>
                  <div class="table--responsive-scroll">
                    <table class="table table--compact planner-booked">
                      <caption class="sr-only">${D("found",{n:r.length})}</caption>
                      <thead>
                        <tr>
                          <th scope="col">${D("cpr")}</th><th scope="col">${D("name")}</th><th scope="col">${D("contactGroup")}</th>
                          <th scope="col">${D("age")}</th><th scope="col">${D("deadline")}</th><th scope="col">${D("when")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${r.length===0?s`<tr><td colspan="6">${D(a?"noMatch":"noBooked")}</td></tr>`:r.map(i=>s`<tr>
                                <td>${i.cpr}</td><th scope="row">${i.name}</th><td>${i.contactGroup??""}</td><td>${i.age}</td>
                                <td>${Q(i.holdingDeadline)}</td><td>${K(i.start)}</td>
                              </tr>`)}
                      </tbody>
                    </table>
                  </div>
                </section>`:f}`,e.main)},w=async()=>{try{n=await E(`/api/offers/${t}/page`),p=new Date,m=void 0}catch(d){m=d}},$=async(d=!1,i=o.trim())=>{try{r=(await Y(`/api/offers/${t}/participants`,{search:i})).participants,a=i}catch(h){m=h}e.signal.aborted||(v(),d&&V(D("found",{n:r.length})))};async function b(){if(!n)return;let d=!n.offer.active;try{await Y(`/api/offers/${t}/${d?"activate":"deactivate"}`),c=D(d?"nowActive":"nowInactive"),await w()}catch(i){m=i,c=""}v(),V(c)}try{l=await _t()}catch(d){m=d}await w(),n?await $():v(),e.every(1e4,async()=>{await w(),n&&await $(!1,a)})}};var B=N({title:["Onlinetilbud","Online offers"],create:["Opret onlinetilbud","Create online offer"],filter:["Filtrer visning","Filter"],name:["Søg på navn","Search by name"],team:["Team","Team"],meetingType:["Samtaletype","Meeting type"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],contactGroup:["Online tilbuddets målgruppe (kontaktgruppe)","Target group (contact group)"],choose:["Vælg her","Choose"],search:["Søg","Search"],reset:["Nulstil","Reset"],status:["Vis","Show"],active:["Aktive","Active"],inactive:["Inaktive","Inactive"],colName:["Navn","Name"],colType:["Samtaletype","Meeting type"],colForm:["Mødeform","Meeting form"],colChannel:["Afholdelsesform","Channel"],colChanged:["Sidst ændret","Last changed"],colActive:["Aktiv","Active"],yes:["Ja","Yes"],no:["Nej","No"],none:["Ingen onlinetilbud passer til filtreringen.","No online offer matches the filter."],count:["{n} onlinetilbud","{n} online offers"],sortBy:["Sorter efter {col}","Sort by {col}"],caption:["Onlinetilbud, sorteret efter {col} ({dir})","Online offers, sorted by {col} ({dir})"],asc:["stigende","ascending"],desc:["faldende","descending"]}),Un=()=>({name:"",teamId:"",meetingType:"",form:"",channel:"",contactGroup:"",active:"true"}),Gn={path:"/tilbud",title:()=>B("title"),async render(e){let t=Un(),n={col:"name",desc:!1},r=[],o=[],a=[],l=[],m,c=(d,i)=>{switch(i){case"form":return ge(d.form);case"channel":return ue(d.channel);case"active":return d.active?"1":"0";case"changedAt":return d.changedAt??"";default:return String(d[i]??"")}},p=()=>[...r].sort((d,i)=>{let h=c(d,n.col).localeCompare(c(i,n.col),"da")||d.name.localeCompare(i.name,"da");return n.desc?-h:h}),u={name:()=>B("colName"),meetingType:()=>B("colType"),form:()=>B("colForm"),channel:()=>B("colChannel"),changedAt:()=>B("colChanged"),active:()=>B("colActive")},v=d=>{let i=n.col===d;return s`<th scope="col" aria-sort=${i?n.desc?"descending":"ascending":"none"}>
        <button class="button button-unstyled planner-sort" type="button" data-sort=${d} @click=${()=>{n=i?{col:d,desc:!n.desc}:{col:d,desc:!1},$(),V(B("caption",{col:u[d](),dir:n.desc?B("desc"):B("asc")}))}}>${u[d]()}<span class="planner-sort-icon" aria-hidden="true">${i?n.desc?"▼":"▲":"⇅"}</span></button>
      </th>`},w=(d,i,h)=>s`<div class="form-group">
      <label class="form-label" for="filter-${d}">${i}</label>
      <select class="form-select" id="filter-${d}" .value=${t[d]} @change=${k=>t[d]=k.target.value}>
        <option value="">${B("choose")}</option>
        ${h.map(([k,C])=>s`<option value=${k} ?selected=${t[d]===k}>${C}</option>`)}
      </select>
    </div>`,$=()=>{let d=p();L(s`<div class="planner-offers-head">
            <h1>${B("title")}</h1>
            <a class="button button-primary" href="/tilbud/ny">${B("create")}</a>
          </div>
          ${F(m)}
          <div class="row">
            <form class="col-12 col-lg-3 planner-offer-filter" aria-labelledby="filter-h" @submit=${i=>{i.preventDefault(),b(!0)}}>
              <h2 id="filter-h" class="h3">${B("filter")}</h2>
              <div class="form-group">
                <label class="form-label" for="filter-name">${B("name")}</label>
                <input class="form-input" id="filter-name" type="search" .value=${t.name} @input=${i=>t.name=i.target.value} />
              </div>
              ${w("teamId",B("team"),o.map(i=>[String(i.id),i.name]))}
              ${w("meetingType",B("meetingType"),a.map(i=>[i,i]))}
              ${w("form",B("form"),["individual","group"].map(i=>[i,ge(i)]))}
              ${w("channel",B("channel"),["digital","in_person","phone"].map(i=>[i,ue(i)]))}
              ${w("contactGroup",B("contactGroup"),l.map(i=>[i,i]))}
              <div class="planner-buttons">
                <button class="button button-primary" type="submit">${B("search")}</button>
                <button class="button button-secondary" type="button" @click=${()=>{t=Un(),b(!0)}}>${B("reset")}</button>
              </div>
            </form>
            <section class="col-12 col-lg-9" aria-labelledby="list-h">
              <h2 id="list-h" class="sr-only">${B("count",{n:d.length})}</h2>
              <fieldset class="planner-inline-radios">
                <legend class="form-label">${B("status")}</legend>
                ${["true","false"].map(i=>s`<div class="form-group-radio">
                    <input type="radio" class="form-radio" name="offer-active" id="offer-active-${i}" value=${i} .checked=${t.active===i} @change=${()=>{t.active=i,b(!0)}} />
                    <label class="form-label" for="offer-active-${i}">${B(i==="true"?"active":"inactive")}</label>
                  </div>`)}
              </fieldset>
              <p class="form-hint" data-count>${B("count",{n:d.length})}</p>
              <div class="table--responsive-scroll">
                <table class="table table--compact planner-offer-table">
                  <caption class="sr-only">${B("caption",{col:u[n.col](),dir:n.desc?B("desc"):B("asc")})}</caption>
                  <thead>
                    <tr>${v("name")}${v("meetingType")}${v("form")}${v("channel")}${v("changedAt")}${v("active")}</tr>
                  </thead>
                  <tbody>
                    ${d.length===0?s`<tr><td colspan="6">${B("none")}</td></tr>`:d.map(i=>s`<tr data-offer=${String(i.id)}>
                            <th scope="row"><a href="/tilbud/${i.id}">${i.name}</a></th>
                            <td>${i.meetingType}</td>
                            <td>${ge(i.form)}</td>
                            <td>${ue(i.channel)}</td>
                            <td>${K(i.changedAt)}</td>
                            <td>${i.active?B("yes"):B("no")}</td>
                          </tr>`)}
                  </tbody>
                </table>
              </div>
            </section>
          </div>`,e.main)},b=async(d=!1)=>{try{r=(await E("/api/offers"+Qe({active:t.active,name:t.name.trim(),teamId:t.teamId,meetingType:t.meetingType,form:t.form,channel:t.channel,contactGroup:t.contactGroup}))).offers,m=void 0}catch(i){m=i}e.signal.aborted||($(),d&&V(B("count",{n:r.length})))};try{let[d,i,h]=await Promise.all([E("/api/teams"),E("/api/offers"),E("/api/rule-types")]);o=d.teams,a=[...new Set(i.offers.map(k=>k.meetingType))].sort((k,C)=>k.localeCompare(C,"da")),l=h.types.find(k=>k.type==="contact_group")?.values.map(k=>k.value)??[]}catch(d){m=d}await b()}};var oe=N({title:["Søg","Search"],intro:["Søg på en borgers CPR-nummer for at åbne borgerkortet, eller på et indkaldelsesnummer for at åbne indkaldelsen.","Search by a citizen's CPR number to open the citizen card, or by a summons number to open the summons."],label:["CPR-nr. eller indkaldelsesnr.","CPR no. or summons no."],hint:["Fx 010190-1234 eller 10100-819387","E.g. 010190-1234 or 10100-819387"],button:["Søg","Search"],required:["Skriv et CPR-nummer eller et indkaldelsesnummer.","Enter a CPR number or a summons number."],notFound:["Der er ingen borger eller indkaldelse med det nummer i jobcentret.","There is no citizen or summons with that number in the job centre."],noSummons:["Der er ingen indkaldelse med det nummer.","There is no summons with that number."]}),ve;function Rr(e){let t=e.replace(/\D/g,"");return t.length===10?`${t.slice(0,6)}-${t.slice(6)}`:e}var Wn={path:"/soeg",title:()=>oe("title"),render(e){let t,n=!1,r=ve?.q??"",o=async l=>{if(l.preventDefault(),r=e.main.querySelector("#search-q").value.trim(),!r){t=new z(422,oe("required"),oe("required"),[{field:"q",reason:oe("required")}],""),a();return}n=!0,t=void 0,a();try{let c=await Y("/api/search",{q:r});if(e.signal.aborted)return;if(c.citizen)ve={q:r,cpr:Rr(r),answer:c};else if(c.summonses.length>0){ve=void 0,e.navigate(`/soeg/indkaldelse/${encodeURIComponent(r)}`);return}else ve=void 0,t=new z(404,oe("noSummons"),oe("noSummons"),[{field:"q",reason:oe("noSummons")}],"")}catch(c){ve=void 0,t=c instanceof z&&c.status===404?new z(404,oe("notFound"),oe("notFound"),[{field:"q",reason:oe("notFound")}],""):c}n=!1,a(),ve&&e.main.querySelector("#citizen-card-h")?.focus()},a=()=>{let l=ke(t,"q");L(s`<h1>${oe("title")}</h1>
          <p>${oe("intro")}</p>
          <form class="planner-searchform" role="search" @submit=${o}>
            <div class="form-group ${l?"form-error":""}">
              <label class="form-label" for="search-q">${oe("label")}</label>
              <span class="form-hint" id="search-q-hint">${oe("hint")}</span>
              ${be(t,"q","search-q")}
              <div class="planner-search-row">
                <input class="form-input" id="search-q" name="q" type="search" autocomplete="off" .value=${r}
                  aria-invalid=${l?"true":f} aria-describedby="search-q-hint${l?" search-q-error":""}" />
                <button class="button button-primary" type="submit" ?disabled=${n}>${oe("button")}</button>
              </div>
            </div>
          </form>
          ${l?f:F(t)}
          ${ve?.answer.citizen?Mn(ve.answer.citizen,ve.cpr,ve.answer.summonses):f}`,e.main)};a()}};var P=N({intro:["Regelmotoren afgrænser, hvilke borgere der kan selvbooke tilbuddet. Der skal være mindst 1 og højst {max} regler.","The rule engine limits which citizens can book the offer themselves. There must be at least 1 and at most {max} rules."],group:["Regelgruppe {n}","Rule group {n}"],join:["Forbindes med gruppen før med","Joined to the group before by"],and:["Og","And"],or:["Eller","Or"],match:["Borgeren skal opfylde","The citizen must match"],all:["Alle af følgende","All of the following"],any:["En af følgende","Any of the following"],rule:["Regel {n}","Rule {n}"],type:["Regeltype","Rule type"],cond:["Betingelse","Condition"],value:["Kriterium","Criterion"],choose:["Vælg her","Choose"],noValues:["Jobcentret har ingen værdier af denne type","The job centre has no values of this type"],addRule:["Tilføj regel","Add rule"],remove:["Fjern","Remove"],removeWhich:["regel {r} i gruppe {g}","rule {r} of group {g}"],addGroup:["Tilføj regelgruppe","Add rule group"],removeGroup:["Fjern regelgruppe {g}","Remove rule group {g}"],count:["{n} af højst {max} regler","{n} of at most {max} rules"],sentence:["Reglerne læst som en sætning","The rules as a sentence"],checking:["Reglerne kontrolleres …","Checking the rules …"],incomplete:["Sætningen vises, når reglerne er udfyldt korrekt.","The sentence shows once the rules are filled in correctly."],contradictions:["Reglerne modsiger hinanden","The rules contradict each other"],never:["Ingen borger kan opfylde reglerne, så tilbuddet vil ikke blive vist for nogen.","No citizen can match the rules, so the offer would be shown to no one."],some:["En del af reglerne kan aldrig opfyldes:","Part of the rules can never be matched:"],where:["gruppe {g}, regel {r}","group {g}, rule {r}"],rulesLabel:["Regler","Rules"]});function at(e){let t=e.types[0];return{type:t?.type??"age",cond:t?.conds[0]?.value??"",value:""}}function Vn(e,t,n,r,o){let a=e.reduce((i,h)=>i+h.rules.length,0),l=a>=t.maxRules,m=i=>t.types.find(h=>h.type===i.type),c=(i,h,k)=>`rules.groups[${i}].rules[${h}].${k}`,p=i=>{let h=/^rules\.groups\[(\d+)\](?:\.rules\[(\d+)\])?/.exec(i);return h?h[2]===void 0?P("group",{n:Number(h[1])+1}):`${P("group",{n:Number(h[1])+1})}, ${P("rule",{n:Number(h[2])+1}).toLowerCase()}`:""},u=(i,h,k,C,U,te=!1)=>(r.label(i,`${p(i)}: ${h}`),s`<div class="form-group ${r.invalid(i)?"form-error":""}">
    <label class="form-label" for=${r.id(i)}>${h}</label>
    ${r.error(i)}
    <select class="form-select" id=${r.id(i)} aria-invalid=${r.invalid(i)?"true":"false"} aria-describedby=${r.invalid(i)?`${r.id(i)}-error`:f}
      @change=${de=>{U(de.target.value),o()}}>
      ${te?s`<option value="" ?selected=${k===""}>${P("choose")}</option>`:f}
      ${C.map(de=>s`<option value=${de.value} ?selected=${de.value===k}>${Ue(de.name)}</option>`)}
    </select>
  </div>`),v=(i,h,k)=>{let C=m(k),U=c(i,h,"value");return r.label(U,`${p(U)}: ${P("value")}`),C?.criterion==="list"?C.values.length===0?s`<div class="form-group"><p class="form-label">${P("value")}</p><p class="form-hint">${P("noValues")}</p></div>`:u(U,P("value"),k.value,C.values,te=>k.value=te,!0):s`<div class="form-group ${r.invalid(U)?"form-error":""}">
      <label class="form-label" for=${r.id(U)}>${P("value")}</label>
      ${r.error(U)}
      <input class="form-input ${C?.criterion==="number"?"input-width-xs":""}" id=${r.id(U)} type=${C?.criterion==="number"?"number":"text"}
        inputmode=${C?.criterion==="number"?"numeric":f} .value=${k.value}
        aria-invalid=${r.invalid(U)?"true":"false"} aria-describedby=${r.invalid(U)?`${r.id(U)}-error`:f}
        @input=${te=>{k.value=te.target.value,o()}} />
    </div>`},w=(i,h,k,C)=>s`<li class="planner-rule" data-rule=${`${h}.${C}`}>
    <fieldset>
      <legend class="sr-only">${P("group",{n:h+1})}, ${P("rule",{n:C+1})}</legend>
      ${u(c(h,C,"type"),P("type"),k.type,t.types.map(U=>({value:U.type,name:U.name})),U=>{k.type=U;let te=m(k);k.cond=te?.conds[0]?.value??"",k.value=""})}
      ${u(c(h,C,"cond"),P("cond"),k.cond,m(k)?.conds??[],U=>k.cond=U)}
      ${v(h,C,k)}
      <button class="button button-tertiary planner-remove" type="button" ?disabled=${a<=1} @click=${()=>{i.rules.splice(C,1),i.rules.length===0&&e.splice(h,1),o()}}>${P("remove")}<span class="sr-only"> ${P("removeWhich",{r:C+1,g:h+1})}</span></button>
    </fieldset>
  </li>`,$=(i,h)=>s`<fieldset class="planner-rule-group" data-group=${String(h)}>
    <legend class="h4">${P("group",{n:h+1})}</legend>
    ${r.error(`rules.groups[${h}].rules`)}
    <div class="planner-rule-head">
      ${h>0?u(`rules.groups[${h}].join`,P("join"),i.join??"and",[{value:"and",name:{da:"Og",en:"And"}},{value:"or",name:{da:"Eller",en:"Or"}}],k=>i.join=k):f}
      ${u(`rules.groups[${h}].match`,P("match"),i.match,[{value:"all",name:{da:P("all"),en:P("all")}},{value:"any",name:{da:P("any"),en:P("any")}}],k=>i.match=k)}
    </div>
    <ol class="planner-rules no-max-width">
      ${i.rules.map((k,C)=>w(i,h,k,C))}
    </ol>
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${l} @click=${()=>{i.rules.push(at(t)),o()}}>${P("addRule")}<span class="sr-only"> (${P("group",{n:h+1})})</span></button>
      ${e.length>1?s`<button class="button button-tertiary" type="button" @click=${()=>{e.splice(h,1),e[0]&&delete e[0].join,o()}}>${P("removeGroup",{g:h+1})}</button>`:f}
    </div>
  </fieldset>`,b=i=>{let h=/^groups\[(\d+)\]\.rules\[(\d+)\]$/.exec(i);return h?P("where",{g:Number(h[1])+1,r:Number(h[2])+1}):i},d=()=>{if(n.pending&&!n.description)return s`<p>${P("checking")}</p>`;if(!n.description)return s`<p class="form-hint">${P("incomplete")}</p>`;let i=n.contradictions??[];return s`<p class="planner-sentence" data-sentence>${Ue(n.description)}</p>
      ${i.length>0?s`<div class="alert alert-warning" data-contradictions>
            <div class="alert-body">
              <p class="alert-heading">${P("contradictions")}</p>
              <p class="alert-text">${n.neverMatches?P("never"):P("some")}</p>
              <ul class="alert-text">
                ${i.map(h=>s`<li>${h.rules.map(b).join(", ")}: ${Ue({da:h.reasonDa||h.reason,en:h.reason})}</li>`)}
              </ul>
            </div>
          </div>`:f}`};return r.label("rules.groups",P("rulesLabel")),s`<p>${P("intro",{max:t.maxRules})}</p>
    ${r.error("rules.groups")}
    ${e.map($)}
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${l} @click=${()=>{e.push({join:"and",match:"all",rules:[at(t)]}),o()}}>${P("addGroup")}</button>
      <span class="form-hint" data-rule-count>${P("count",{n:a,max:t.maxRules})}</span>
    </div>
    <section class="planner-rules-live" aria-labelledby="sentence-h">
      <h3 id="sentence-h" class="h4">${P("sentence")}</h3>
      <div aria-live="polite" aria-busy=${n.pending?"true":"false"}>${d()}</div>
    </section>`}var S=N({details:["Detaljer","Details"],name:["Navn på tilbud","Name of the offer"],nameHint:["Vises for borgeren på Jobnet. Angiv fx målgruppe eller sagsbehandlers navn.","Shown to the citizen on Jobnet, e.g. with the target group or the advisor's name."],nameLocked:["Et fællesmødes navn kan ikke ændres.","The name of a group offer cannot change."],description:["Beskrivelse af tilbud","Description of the offer"],descHint:["Højst 500 tegn, uden formatering. {n} tegn skrevet.","At most 500 characters, no formatting. {n} characters written."],template:["Indkaldelseskabelon","Summons template"],templateHint:["En skabelon udfylder de næste felter; alle felter kan rettes bagefter.","A template fills in the next fields; every field can be changed afterwards."],noTemplate:["Ingen skabelon","No template"],meeting:["Samtaledetaljer","Meeting details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant (valgfri)","Variant (optional)"],form:["Mødeform","Meeting form"],formLocked:["Mødeformen kan ikke ændres, når tilbuddet er oprettet.","The meeting form cannot change once the offer exists."],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],phone:["Telefonnummer, borgeren ringer til","The number the citizen calls"],phoneHint:["Tomt: vejlederens nummer, ellers teamets.","Empty: the advisor's number, else the team's."],duration:["Møde varighed og start","Duration and start"],minutes:["Varighed (antal minutter)","Duration (minutes)"],reporting:["Afrapportering (antal minutter)","Reporting time (minutes)"],starts:["Mulige starttider for mødet (minuttal)","Possible start minutes"],startsHint:["Vælges fx 15 og 45, kan borgeren booke kl. 11:15, 11:45, 12:15 osv.","Choosing 15 and 45 lets the citizen book 11:15, 11:45, 12:15 and so on."],period:["Tilbudsperiode","Offer period"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato (valgfri)","Fixed end date (optional)"],rolling:["Løbende slutdato: tilbud åbent antal uger fra dags dato (valgfri, 0 = ingen)","Rolling end: weeks ahead from the day of booking (optional, 0 = none)"],opensOn:["Tilbud åbnes for booking","Opens for booking on"],resources:["Ressourcer","Resources"],team:["Team","Team"],choose:["Vælg her","Choose"],room:["Mødelokale (valgfrit)","Meeting room (optional)"],noRoom:["Intet lokale","No room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder til mødet","The citizen may choose the advisor"],otherActor:["Tilbud til borgere henvist til anden aktør","Offer for citizens referred to an other actor"],booking:["Booking og ombooking","Booking and rebooking"],acceptCancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],no:["Nej","No"],yesUntil:["Ja – frem til et antal dage før samtaledato","Yes – until a number of days before the meeting"],days:["Antal dage før samtaledato","Days before the meeting"],sessions:["Fællesmøder","Group sessions"],session:["Møde {n}","Session {n}"],date:["Dato","Date"],time:["Tidspunkt","Time"],sessionRoom:["Mødelokale","Room"],offerRoom:["Tilbuddets lokale","The offer's room"],seats:["Antal pladser","Seats"],fromRoom:["Antal borgere pr. møde bestemmes af mødelokalets størrelse","The room's capacity gives the seats"],given:["Angiv antal indkaldelser pr. fællesmøde","Give the number of summonses per session"],seatCount:["Antal indkaldelser","Number of summonses"],rebookSeats:["Antal pladser til ombooking","Seats kept for rebooking"],addSession:["Tilføj møde","Add session"],removeSession:["Fjern møde {n}","Remove session {n}"],noSessions:["Ingen møder endnu.","No sessions yet."]}),Ge=e=>{let t=e.target.value;return t===""?0:Number(t)},Ae=e=>e.target.value;function se(e,t,n,r,o,a={}){let l=e.id(t);e.label(t,n);let m=[a.hint?`${l}-hint`:"",e.invalid(t)?`${l}-error`:""].filter(Boolean).join(" ");return s`<div class=${e.cls(t)}>
    <label class="form-label" for=${l}>${n}</label>
    ${a.hint?s`<span class="form-hint" id="${l}-hint">${a.hint}</span>`:f} ${e.error(t)}
    <input class="form-input ${a.cls??""}" id=${l} type=${a.type??"text"} .value=${String(r??"")} ?disabled=${a.disabled} list=${a.list??f}
      inputmode=${a.type==="number"?"numeric":f} aria-invalid=${e.invalid(t)?"true":"false"} aria-describedby=${m||f}
      @input=${c=>{o(c)}} />
  </div>`}function st(e,t,n,r,o,a,l=!1,m=""){let c=e.id(t);return e.label(t,n),s`<div class=${e.cls(t)}>
    <fieldset aria-describedby=${[m?`${c}-hint`:"",e.invalid(t)?`${c}-error`:""].filter(Boolean).join(" ")||f}>
      <legend class="form-label">${n}</legend>
      ${m?s`<span class="form-hint" id="${c}-hint">${m}</span>`:f} ${e.error(t)}
      ${o.map(([p,u],v)=>s`<div class="form-group-radio">
          <input type="radio" class="form-radio" name=${c} id=${v===0?c:`${c}-${p}`} value=${p} .checked=${r===p} ?disabled=${l}
            @change=${()=>{a(p),e.redraw()}} />
          <label class="form-label" for=${v===0?c:`${c}-${p}`}>${u}</label>
        </div>`)}
    </fieldset>
  </div>`}function ot(e,t,n,r,o,a=e.id(t)){return s`<div class="form-group-checkbox">
    <input type="checkbox" class="form-checkbox" id=${a} .checked=${r} @change=${l=>{o(l.target.checked),e.redraw()}} />
    <label class="form-label" for=${a}>${n}</label>
  </div>`}function Jn(e,t,n,r,o,a){let l=e.id(t);return e.label(t,n),s`<div class=${e.cls(t)}>
    <fieldset aria-describedby=${e.described(t)}>
      <legend class="form-label">${n}</legend>
      ${e.error(t)}
      <div class="planner-checkbox-columns">
        ${o.map((m,c)=>ot(e,t,m.name,r.includes(m.id),p=>a(p?[...r,m.id]:r.filter(u=>u!==m.id)),c===0?l:`${l}-${m.id}`))}
      </div>
    </fieldset>
  </div>`}function Kn(e,t,n,r,o,a){let l=o&&e.form==="group";return t.label("description",S("description")),s`<fieldset>
      <legend class="h3">${S("details")}</legend>
      ${se(t,"name",S("name"),e.name,m=>e.name=Ae(m),{hint:S(l?"nameLocked":"nameHint"),disabled:l})}
      <div class=${t.cls("description")}>
        <label class="form-label" for=${t.id("description")}>${S("description")}</label>
        <span class="form-hint" id="${t.id("description")}-hint" data-chars>${S("descHint",{n:[...e.description].length})}</span>
        ${t.error("description")}
        <textarea class="form-input" id=${t.id("description")} rows="4" .value=${e.description}
          aria-invalid=${t.invalid("description")?"true":"false"}
          aria-describedby=${[`${t.id("description")}-hint`,t.invalid("description")?`${t.id("description")}-error`:""].filter(Boolean).join(" ")}
          @input=${m=>{e.description=m.target.value,t.redraw()}}></textarea>
      </div>
    </fieldset>
    ${n.length>0?s`<fieldset>
          <legend class="h3">${S("template")}</legend>
          <div class="form-group">
            <label class="form-label" for="f-template">${S("template")}</label>
            <span class="form-hint" id="f-template-hint">${S("templateHint")}</span>
            <select class="form-select" id="f-template" aria-describedby="f-template-hint" @change=${m=>{let c=Number(m.target.value);a(n.find(p=>p.id===c))}}>
              <option value="">${S("noTemplate")}</option>
              ${n.map(m=>s`<option value=${String(m.id)} ?selected=${e.templateId===m.id}>${m.name}</option>`)}
            </select>
          </div>
        </fieldset>`:f}
    <fieldset>
      <legend class="h3">${S("meeting")}</legend>
      ${se(t,"meetingType",S("meetingType"),e.meetingType,m=>e.meetingType=Ae(m),{list:"meeting-types"})}
      <datalist id="meeting-types">${r.map(m=>s`<option value=${m}></option>`)}</datalist>
      ${se(t,"variant",S("variant"),e.variant??"",m=>e.variant=Ae(m))}
      ${st(t,"form",S("form"),e.form,[["individual",ge("individual")],["group",ge("group")]],m=>{e.form=m,e.form==="group"&&delete e.caller},o,o?S("formLocked"):"")}
      ${st(t,"channel",S("channel"),e.channel,[["digital",ue("digital")],["in_person",ue("in_person")],["phone",ue("phone")]],m=>{e.channel=m,e.channel==="phone"&&e.form==="individual"?e.caller??="advisor_calls":delete e.caller})}
      ${e.channel==="phone"&&e.form==="individual"?s`${st(t,"caller",S("caller"),e.caller??"",[["advisor_calls",He("advisor_calls")],["citizen_calls",He("citizen_calls")]],m=>e.caller=m)}
          ${e.caller==="citizen_calls"?se(t,"phone",S("phone"),e.phone??"",m=>e.phone=Ae(m),{type:"tel",hint:S("phoneHint"),cls:"input-width-s"}):f}`:f}
    </fieldset>`}function Zn(e,t,n){let r=e.form==="individual",o=e.startMinutes??[];return t.label("startMinutes",S("starts")),t.label("teamId",S("team")),t.label("sessions",S("sessions")),s`<fieldset>
      <legend class="h3">${S("duration")}</legend>
      ${se(t,"durationMinutes",S("minutes"),e.durationMinutes,a=>e.durationMinutes=Ge(a),{type:"number",cls:"input-width-xs"})}
      ${se(t,"reportingMinutes",S("reporting"),e.reportingMinutes,a=>e.reportingMinutes=Ge(a),{type:"number",cls:"input-width-xs"})}
      ${r?s`<div class=${t.cls("startMinutes")}>
            <fieldset aria-describedby="${t.id("startMinutes")}-hint${t.invalid("startMinutes")?` ${t.id("startMinutes")}-error`:""}">
              <legend class="form-label">${S("starts")}</legend>
              <span class="form-hint" id="${t.id("startMinutes")}-hint">${S("startsHint")}</span>
              ${t.error("startMinutes")}
              <div class="planner-checkbox-columns">
                ${[0,15,20,30,40,45].map((a,l)=>ot(t,"startMinutes",String(a).padStart(2,"0"),o.includes(a),m=>{e.startMinutes=m?[...o,a].sort((c,p)=>c-p):o.filter(c=>c!==a)},l===0?t.id("startMinutes"):`${t.id("startMinutes")}-${a}`))}
              </div>
            </fieldset>
          </div>`:f}
    </fieldset>
    <fieldset>
      <legend class="h3">${S("period")}</legend>
      ${r?se(t,"firstMeetingDate",S("firstMeeting"),e.firstMeetingDate,a=>e.firstMeetingDate=Ae(a),{type:"date",cls:"input-width-s"}):f}
      ${se(t,"fixedEnd",S("fixedEnd"),e.fixedEnd,a=>e.fixedEnd=Ae(a),{type:"date",cls:"input-width-s"})}
      ${se(t,"rollingWeeks",S("rolling"),e.rollingWeeks??0,a=>e.rollingWeeks=Ge(a),{type:"number",cls:"input-width-xs"})}
      ${se(t,"opensOn",S("opensOn"),e.opensOn,a=>e.opensOn=Ae(a),{type:"date",cls:"input-width-s"})}
    </fieldset>
    <fieldset>
      <legend class="h3">${S("resources")}</legend>
      <div class=${t.cls("teamId")}>
        <label class="form-label" for=${t.id("teamId")}>${S("team")}</label>
        ${t.error("teamId")}
        <select class="form-select" id=${t.id("teamId")} aria-invalid=${t.invalid("teamId")?"true":"false"} aria-describedby=${t.described("teamId")}
          @change=${a=>e.teamId=Number(a.target.value)}>
          <option value="0">${S("choose")}</option>
          ${n.teams.map(a=>s`<option value=${String(a.id)} ?selected=${e.teamId===a.id}>${a.name}</option>`)}
        </select>
      </div>
      <div class=${t.cls("roomId")}>
        <label class="form-label" for=${t.id("roomId")}>${S("room")}</label>
        ${t.error("roomId")}
        <select class="form-select" id=${t.id("roomId")} @change=${a=>e.roomId=Number(a.target.value)||void 0}>
          <option value="0">${S("noRoom")}</option>
          ${n.rooms.map(a=>s`<option value=${String(a.id)} ?selected=${e.roomId===a.id}>${a.name} (${a.capacity})</option>`)}
        </select>
      </div>
      ${Jn(t,"advisors",S("advisors"),e.advisors,n.advisors,a=>e.advisors=a)}
      ${r?ot(t,"citizenChoosesAdvisor",S("chooses"),e.citizenChoosesAdvisor,a=>e.citizenChoosesAdvisor=a):f}
      ${ot(t,"otherActor",S("otherActor"),e.otherActor,a=>e.otherActor=a)}
    </fieldset>
    ${r?f:Sr(e,t,n)}
    <fieldset>
      <legend class="h3">${S("booking")}</legend>
      ${ot(t,"terms.acceptCancel",S("acceptCancel"),e.terms.acceptCancel,a=>e.terms.acceptCancel=a)}
      ${st(t,"terms.acceptRebook",S("rebook"),e.terms.acceptRebook?"yes":"no",[["no",S("no")],["yes",S("yesUntil")]],a=>e.terms.acceptRebook=a==="yes")}
      ${e.terms.acceptRebook?se(t,"terms.rebookDaysBefore",S("days"),e.terms.rebookDaysBefore,a=>e.terms.rebookDaysBefore=Ge(a),{type:"number",cls:"input-width-xs"}):f}
    </fieldset>`}var qn=new WeakMap;function Sr(e,t,n){let r=e.sessions??=[],o=(a,l)=>{let m=`sessions[${l}]`,c=qn.get(a)??(a.start?nn(a.start):["",""]);qn.set(a,c);let[p,u]=c,v=(w,$)=>{c[w]=$,a.start=c[0]&&c[1]?Bn(c[0],c[1]):""};return s`<li class="planner-session">
      <fieldset>
        <legend class="h4">${S("session",{n:l+1})}</legend>
        <div class="planner-row">
          ${se(t,`${m}.start`,S("date"),p,w=>v(0,Ae(w)),{type:"date",cls:"input-width-s"})}
          ${se(t,`${m}.time`,S("time"),u,w=>v(1,Ae(w)),{type:"time",cls:"input-width-xs"})}
        </div>
        ${Jn(t,`${m}.advisors`,S("advisors"),a.advisors,n.advisors,w=>a.advisors=w)}
        <div class=${t.cls(`${m}.roomId`)}>
          <label class="form-label" for=${t.id(`${m}.roomId`)}>${S("sessionRoom")}</label>
          ${t.error(`${m}.roomId`)}
          <select class="form-select" id=${t.id(`${m}.roomId`)} aria-describedby=${t.described(`${m}.roomId`)} @change=${w=>a.roomId=Number(w.target.value)||void 0}>
            <option value="0">${S("offerRoom")}</option>
            ${n.rooms.map(w=>s`<option value=${String(w.id)} ?selected=${a.roomId===w.id}>${w.name} (${w.capacity})</option>`)}
          </select>
        </div>
        ${st(t,`${m}.seatsFromRoom`,S("seats"),a.seatsFromRoom?"room":"given",[["room",S("fromRoom")],["given",S("given")]],w=>a.seatsFromRoom=w==="room")}
        ${a.seatsFromRoom?f:se(t,`${m}.seats`,S("seatCount"),a.seats??0,w=>a.seats=Ge(w),{type:"number",cls:"input-width-xs"})}
        ${se(t,`${m}.rebookSeats`,S("rebookSeats"),a.rebookSeats,w=>a.rebookSeats=Ge(w),{type:"number",cls:"input-width-xs"})}
        <button class="button button-tertiary" type="button" @click=${()=>{r.splice(l,1),t.redraw()}}>${S("removeSession",{n:l+1})}</button>
      </fieldset>
    </li>`};return s`<fieldset>
    <legend class="h3">${S("sessions")}</legend>
    ${t.error("sessions")}
    ${r.length===0?s`<p id=${t.id("sessions")} tabindex="-1">${S("noSessions")}</p>`:f}
    <ol class="planner-sessions no-max-width">${r.map(o)}</ol>
    <button class="button button-secondary" type="button" @click=${()=>{r.push({start:"",advisors:[...e.advisors],seatsFromRoom:!1,seats:10,rebookSeats:0}),t.redraw()}}>${S("addSession")}</button>
  </fieldset>`}var j=N({intro:["Du kan stadig ændre dine valg ved at gå tilbage til et af de foregående trin.","You can still change your choices by going back to one of the previous steps."],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],change:["Ret {step}","Change {step}"],name:["Titel","Title"],description:["Beskrivelse","Description"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],duration:["Varighed","Duration"],reporting:["Afrapportering","Reporting time"],minutes:["{n} minutter","{n} minutes"],starts:["Mulige starttider","Start minutes"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],rolling:["Løbende slutdato","Rolling end"],weeks:["{n} uger fra dags dato","{n} weeks from the day of booking"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],team:["Team","Team"],room:["Mødelokale","Meeting room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder","The citizen may choose the advisor"],otherActor:["Til borgere henvist til anden aktør","For citizens referred to an other actor"],cancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],rebookUntil:["Ja, frem til {n} dage før samtaledato","Yes, until {n} days before the meeting"],sessions:["Fællesmøder","Group sessions"],seatsRoom:["pladser efter lokalets størrelse","seats from the room's capacity"],seatsN:["{n} pladser","{n} seats"],rebookSeats:["{n} til ombooking","{n} for rebooking"],rules:["Regler","Rules"],ruleCount:["Antal regler","Number of rules"],contradictions:["Reglerne modsiger hinanden delvist – se trin 3.","The rules partly contradict each other – see step 3."],yes:["Ja","Yes"],no:["Nej","No"]}),W=(e,t)=>s`<div><dt>${e}</dt><dd>${t===""||t===void 0||t===null?"–":t}</dd></div>`;function Yn(e,t,n,r){let o=c=>j(c?"yes":"no"),a=(c,p)=>s`<section class="planner-summary-part" aria-labelledby="sum-${c}">
    <div class="planner-summary-head">
      <h3 id="sum-${c}">${j(`s${c}`)}</h3>
      <button class="button button-tertiary" type="button" @click=${()=>r(c)}>${j("change",{step:j(`s${c}`).toLowerCase()})}</button>
    </div>
    <dl class="planner-details">${p}</dl>
  </section>`,l=e.form==="individual",m=e.rules.groups.reduce((c,p)=>c+p.rules.length,0);return s`<p>${j("intro")}</p>
    ${a(1,s`${W(j("name"),e.name)} ${W(j("description"),s`<span class="planner-pre">${e.description}</span>`)}
      ${W(j("meetingType"),e.meetingType)} ${W(j("variant"),e.variant)} ${W(j("form"),ge(e.form))} ${W(j("channel"),ue(e.channel))}
      ${e.caller?W(j("caller"),He(e.caller)+(e.caller==="citizen_calls"&&e.phone?` (${e.phone})`:"")):f}`)}
    ${a(2,s`${W(j("duration"),j("minutes",{n:e.durationMinutes}))} ${W(j("reporting"),j("minutes",{n:e.reportingMinutes}))}
      ${l?W(j("starts"),(e.startMinutes??[]).map(c=>String(c).padStart(2,"0")).join(", ")):f}
      ${l?W(j("firstMeeting"),Se(e.firstMeetingDate)):f} ${W(j("fixedEnd"),Se(e.fixedEnd))}
      ${W(j("rolling"),e.rollingWeeks?j("weeks",{n:e.rollingWeeks}):"")} ${W(j("opensOn"),Se(e.opensOn))}
      ${W(j("team"),Te(t.teams,e.teamId))} ${W(j("room"),Te(t.rooms,e.roomId))}
      ${W(j("advisors"),e.advisors.map(c=>Te(t.advisors,c)).join(", "))}
      ${l?W(j("chooses"),o(e.citizenChoosesAdvisor)):f} ${W(j("otherActor"),o(e.otherActor))}
      ${l?f:W(j("sessions"),s`<ul class="planner-plain-list">
            ${(e.sessions??[]).map(c=>s`<li>${K(c.start)}: ${c.advisors.map(p=>Te(t.advisors,p)).join(", ")}${c.roomId?`, ${Te(t.rooms,c.roomId)}`:""};
                ${c.seatsFromRoom?j("seatsRoom"):j("seatsN",{n:c.seats??0})}, ${j("rebookSeats",{n:c.rebookSeats})}</li>`)}
          </ul>`)}
      ${W(j("cancel"),o(e.terms.acceptCancel))} ${W(j("rebook"),e.terms.acceptRebook?j("rebookUntil",{n:e.terms.rebookDaysBefore}):j("no"))}`)}
    ${a(3,s`${W(j("rules"),s`<span data-summary-sentence>${Ue(n.description)}</span>`)} ${W(j("ruleCount"),m)}
      ${n.contradictions?.length?W("",s`<span class="planner-warning-text">${j("contradictions")}</span>`):f}`)}`}var X=N({create:["Opret onlinetilbud","Create online offer"],edit:["Rediger onlinetilbud","Edit online offer"],steps:["Trin","Steps"],stepOf:["Trin {n} af {total}","Step {n} of {total}"],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],s4:["Opsummering","Summary"],done:["gennemført","completed"],failed:["fejl","error"],back:["Tilbage","Back"],next:["Næste","Next"],save:["Gem tilbud","Save offer"],cancel:["Annuller","Cancel"],errors:["Der er fejl i trin {n}: {step}","There is an error in step {n}: {step}"],saved:["Tilbuddet er gemt.","The offer is saved."]}),We,Qn=e=>/^(name|description|templateId|meetingType|variant|form|channel|caller|phone)\b/.test(e)?1:e.startsWith("rules")?3:2;function xr(e){let t=yt(new Date);return{name:"",description:"",meetingType:"",variant:"",form:"individual",channel:"in_person",durationMinutes:30,reportingMinutes:0,startMinutes:[0,30],firstMeetingDate:t,fixedEnd:"",rollingWeeks:0,opensOn:t,teamId:0,advisors:[],citizenChoosesAdvisor:!1,otherActor:!1,terms:{acceptCancel:!0,acceptRebook:!1,rebookDaysBefore:0},sessions:[],rules:{groups:[{match:"all",rules:[at(e)]}]},active:!0}}function rn(e){let t=structuredClone(e);t.form==="group"?(delete t.startMinutes,t.citizenChoosesAdvisor=!1):delete t.sessions,t.form==="individual"&&t.channel==="phone"||delete t.caller,t.caller||delete t.caller,t.caller!=="citizen_calls"&&delete t.phone,t.roomId||delete t.roomId,t.templateId||delete t.templateId,t.terms.acceptRebook||(t.terms.rebookDaysBefore=0);for(let n of["durationMinutes","reportingMinutes","rollingWeeks"])Number.isFinite(t[n])||(t[n]=0);for(let n of t.sessions??[])n.start||(n.start="0001-01-01T00:00:00Z");return t.rules.groups.forEach((n,r)=>r===0?delete n.join:n.join??="and"),t}async function Xn(e,t){let n={teams:[],advisors:[],rooms:[]},r={types:[],maxRules:30},o=[],a=[],l,m,c=1,p=1,u,v=0,w=!1,$={pending:!1},b=0,d=0,i=!1,h=!1,k=y=>{if(!(u instanceof z)||u.fields.length===0)return"";let _=u.fields[0].field;return _===y||new RegExp(`^${y.replace(/[.[\]]/g,"\\$&")}\\[\\d+\\]$`).test(_)?_:""},C={id:y=>"f-"+y.replace(/[^A-Za-z0-9]+/g,"-").replace(/-$/,""),error:y=>{let _=k(y);return _?be(u,_,C.id(y)):f},invalid:y=>k(y)!=="",cls:y=>k(y)?"form-group form-error":"form-group",described:y=>k(y)?`${C.id(y)}-error`:f,redraw:()=>ce(),label:(y,_)=>U.set(y,_)},U=new Map,te=y=>X(`s${y}`),de=()=>{if(!(u instanceof z)||u.fields.length===0)return;let y=u.fields[0].field;for(;;){let _=document.getElementById(C.id(y));if(_)return _.focus();let g=y.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(g===y)break;y=g}e.main.querySelector(".planner-error-summary")?.focus()},it=y=>{for(let _=y;;){let g=U.get(_);if(g)return`${g}: `;let x=_.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(x===_)return"";_=x}},Nt=()=>{if(h)return f;if(!(u instanceof z))return F(u);let y=u.fields[0]?.field;return y?s`<div class="alert alert-error planner-error-summary" role="alert" tabindex="-1">
      <div class="alert-body">
        <p class="alert-heading">${X("errors",{n:v,step:te(v)})}</p>
        <ul class="alert-text nobullet-list">
          <li><a href="#${C.id(y)}" @click=${_=>{_.preventDefault(),de()}}>${it(y)}${u.detail||u.title}</a></li>
        </ul>
      </div>
    </div>`:F(u)},Ht=()=>s`<nav aria-label=${X("steps")}>
    <p class="step-subheading d-md-none">${X("stepOf",{n:c,total:4})}</p>
    <ol class="step-indicator d-none d-md-flex">
      ${[1,2,3,4].map(y=>{let _=y>p,g=u instanceof z&&v===y,x=[y===c?"current":"",_?"disabled":"",g?"error":""].join(" ").trim(),I=s`<span class="step-number"><span>${y}</span></span>
          <div>
            <span class="step-title">${te(y)}</span>
            ${g?s`<span class="sr-only"> (${X("failed")})</span>`:y<p&&y!==c?s`<span class="sr-only"> (${X("done")})</span>`:f}
          </div>`;return s`<li class=${x}>
          ${_?s`<div class="step">${I}</div>`:s`<a class="step" href="#trin-${y}" aria-current=${y===c?"step":f} @click=${M=>{M.preventDefault(),Oe(y)}}>${I}</a>`}
        </li>`})}
    </ol>
  </nav>`,pe=y=>{switch(c){case 1:return Kn(y,C,o,a,t!==void 0,_=>lt(y,_));case 2:return Zn(y,C,n);case 3:return Vn(y.rules.groups,r,$,C,()=>{ce(),ct()});default:return Yn(y,n,$,_=>void Oe(_))}},ce=()=>{let y=l;U.clear();let _=y?pe(y):f;L(s`<h1>${X(t===void 0?"create":"edit")}${y&&t!==void 0?s`: ${y.name}`:f}</h1>
        ${y?s`${Ht()} ${Nt()}
              <form class="planner-wizard" novalidate @submit=${g=>{g.preventDefault(),c<4?Oe(c+1):Ot()}}>
                <h2 id="step-h" tabindex="-1">${X("stepOf",{n:c,total:4})}: ${te(c)}</h2>
                ${_}
                <div class="planner-buttons planner-wizard-nav">
                  ${c>1?s`<button class="button button-secondary" type="button" @click=${()=>void Oe(c-1)}>${X("back")}</button>`:f}
                  <button class="button button-primary" type="submit" ?disabled=${w}>${c<4?X("next"):X("save")}</button>
                  <a class="button button-tertiary" href=${t===void 0?"/tilbud":`/tilbud/${t}`}>${X("cancel")}</a>
                </div>
              </form>`:F(m)}`,e.main)};function lt(y,_){if(y.templateId=_?.id,!_)return ce();let g=_.fields,x=y;for(let[I,M]of Object.entries(g)){if(["id","jobcenterId","changedAt","changedBy","active","templateId"].includes(I))continue;let A=Array.isArray(M)?M.length>0:M!==""&&M!==0&&M!==null&&M!==void 0&&M!==!1;I==="rules"&&!M?.groups?.length||I==="terms"&&JSON.stringify(M)===JSON.stringify({acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0})||A&&(x[I]=structuredClone(M))}ce()}let dt=async(y,_=!1)=>{if(y===4||!l)return!0;h=_;try{let g=await Y(`/api/offers/validate?step=${y}`,rn(l));return y===3&&($={pending:!1,description:g.description,contradictions:g.contradictions,neverMatches:g.neverMatches}),v===y&&(u=void 0,v=0),!0}catch(g){return u=g,v=g instanceof z&&g.fields[0]?Qn(g.fields[0].field):y,y===3&&($={pending:!1}),!1}};async function Oe(y){if(!l||w)return;w=!0;let _=!0;if(y>c)for(let x=c;x<y&&_;x++)_=await dt(x),_||(y=x);if(w=!1,e.signal.aborted)return;let g=y!==c;c=y,p=Math.max(p,_?y:p),ce(),_?g&&(document.getElementById("step-h")?.focus(),V(`${X("stepOf",{n:c,total:4})}: ${te(c)}`)):(de(),V(u instanceof z?u.detail||u.title:"")),_&&c===3&&ct(0)}function ct(y=400){window.clearTimeout(b),$={...$,pending:!0};let _=++d;b=window.setTimeout(async()=>{!l||e.signal.aborted||(await dt(3,!0),!(_!==d||e.signal.aborted)&&ce())},y),e.signal.addEventListener("abort",()=>window.clearTimeout(b),{once:!0})}async function Ot(){if(!(!l||w)){w=!0,h=!1,ce();try{let y=t===void 0?await Y("/api/offers",rn(l)):await ye(`/api/offers/${t}`,rn(l));w=!1,i=!0,V(X("saved")),e.navigate(`/tilbud/${y.id}`);return}catch(y){w=!1,u=y,v=y instanceof z&&y.fields[0]?Qn(y.fields[0].field):4,v!==4&&(c=v),ce(),de()}}}e.signal.addEventListener("abort",()=>{l&&!i&&(We={path:location.pathname,at:Date.now(),draft:l,step:c,reached:p})});try{let[y,_,g,x,I]=await Promise.all([_t(),E("/api/rule-types"),E("/api/templates"),E("/api/offers"),t===void 0?Promise.resolve(void 0):E(`/api/offers/${t}`)]);n=y,r=_,o=g.templates,a=[...new Set(x.offers.map(M=>M.meetingType).filter(Boolean))].sort((M,A)=>M.localeCompare(A,"da")),l=I??xr(r),l.terms??={acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0},l.sessions??=[],l.startMinutes??=[],l.rules?.groups?.length||(l.rules={groups:[{match:"all",rules:[at(r)]}]}),I&&(p=4),We&&We.path===location.pathname&&Date.now()-We.at<1500&&({draft:l,step:c,reached:p}=We),We=void 0}catch(y){m=y}ce()}var er={path:"/tilbud/ny",title:()=>X("create"),render:e=>Xn(e)},tr={path:"/tilbud/:id/rediger",title:()=>X("edit"),render:e=>Xn(e,Number(e.params.id))};var an=[On,Gn,er,tr,zn,Pn,Ln,Hn,Nn,Wn,Dn,_n,...En];var ee=N({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),Cr=[{path:"/",label:()=>ee("nav.front")},{path:"/kalender",label:()=>ee("nav.calendar")},{path:"/tilbud",label:()=>ee("nav.offers")},{path:"/afventer",label:()=>ee("nav.pending")},{path:"/opfoelgning",label:()=>ee("nav.followUp")},{path:"/ledige-tider",label:()=>ee("nav.freeTimes")},{path:"/soeg",label:()=>ee("nav.search")},{path:"/forbindelser",label:()=>ee("nav.connections")},{path:"/admin",label:()=>ee("nav.admin"),roles:["admin"]}],Ir={path:"",title:()=>ee("notFound.title"),render:e=>{L(s`<h1>${ee("notFound.title")}</h1><p>${ee("notFound.body")}</p><p><a href="/">${ee("notFound.front")}</a></p>`,e.main)}};function nr(e){return e==="/"?"/":"/"+e.split("/")[1]}function Er(e,t,n,r){let o=Cr.filter(a=>an.some(l=>l.path===a.path&&(!l.roles||l.roles.includes(e.role)))&&(!a.roles||a.roles.includes(e.role)));L(s`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${e.name}, ${ee(`role.${e.role}`)} · ${e.jobcenter}</p>
              <button class="function-link" type="button" lang=${me()==="da"?"en":"da"} @click=${r}>${ee("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${e.csrf??""} />
                <button class="function-link" type="submit">${ee("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${ee("nav.label")}>
              <ul class="mainmenu">
                ${o.map(a=>s`<li class=${nr(t)===a.path?"active current":""}>
                      <a href=${a.path} class="nav-link" aria-current=${nr(t)===a.path?"page":"false"}><span>${a.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function Mr(){let e=document.getElementById("app"),t;try{t=await E("/api/session")}catch(p){L(s`<main id="main-content" class="container page-container"><h1>Planner</h1>${F(p)}</main>`,e);return}yn(t.csrf??""),document.documentElement.lang=me(),e.replaceChildren();let n=document.createElement("div"),r=document.createElement("main");r.id="main-content",r.className="container page-container";let o=document.createElement("div");o.id="announce",o.className="sr-only",o.setAttribute("aria-live","polite"),e.append(n,r,o);let a=location.pathname,l=()=>Er(t,a,n,c),m=new $t(an,t,r,Ir,p=>{a=p,l()});function c(){bn(me()==="da"?"en":"da"),m.show(!1)}await m.show(!1)}Mr();
